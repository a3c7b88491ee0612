using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Analysis.Theories;
using Caravan.Reporting.Report;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Web.Tests;

/// <summary>The JSON API on the reduced study: what it serves equals the study's CSV tables (exactly: the same doubles).</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WebFixture web)
{
    private static double D(string cell) => cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);

    private static double D(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    private async Task<JsonElement> Get(string path)
    {
        var r = await web.Client.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{path}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task Overview_verdicts_equal_verdicts_csv()
    {
        var o = await Get("/api/overview");
        var csv = StudyTables.Verdicts(web.Study).Rows;
        var verdicts = o.GetProperty("verdicts").EnumerateArray().ToArray();
        Assert.Equal(csv.Count, verdicts.Length);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(csv[i][0], verdicts[i].GetProperty("theory").GetString());
            Assert.Equal(csv[i][2], verdicts[i].GetProperty("verdict").GetString());
        }

        Assert.Equal(6, o.GetProperty("robustness").GetProperty("rows").GetArrayLength());
        Assert.Equal(5, o.GetProperty("coverage").GetArrayLength());
    }

    [Theory]
    [InlineData("KAZ")]
    [InlineData("TKM")]
    public async Task Dyad_series_equal_the_trade_and_risk_csvs(string iso3)
    {
        var d = await Get("/api/dyads/" + iso3);
        var trade = StudyTables.Trade(web.Study).Rows.Where(r => (string)r[0]! == "CHN–" + iso3).ToArray();
        var served = d.GetProperty("trade").EnumerateArray().ToArray();
        Assert.Equal(trade.Length, served.Length);
        Assert.True(trade.Length > 20);
        for (var i = 0; i < trade.Length; i++)
        {
            var cells = trade[i].Select(Reporting.Output.CsvTable.Format).ToArray();
            Assert.Equal(int.Parse(cells[1], CultureInfo.InvariantCulture), served[i].GetProperty("year").GetInt32());
            Assert.Equal(D(cells[2]), D(served[i].GetProperty("chinaReported")));
            Assert.Equal(D(cells[3]), D(served[i].GetProperty("partnerReported")));
            Assert.Equal(D(cells[5]), D(served[i].GetProperty("mirrorGap")));
            Assert.Equal(D(cells[9]), D(served[i].GetProperty("dependencePartner")));
        }

        var risk = StudyTables.Risks(web.Study).Rows.Where(r => (string)r[1]! == "CHN–" + iso3 && (string)r[3]! == "observed").ToArray();
        var servedRisk = d.GetProperty("risk").EnumerateArray().SelectMany(t => t.GetProperty("years").EnumerateArray()
            .Select(y => (Theory: t.GetProperty("theory").GetString(), Year: y.GetProperty("year").GetInt32(), Mean: y.GetProperty("mean").GetDouble()))).ToArray();
        Assert.Equal(risk.Length, servedRisk.Length);
        foreach (var r in risk)
        {
            Assert.Contains(servedRisk, s => s.Theory == (string)r[0]! && s.Year == (int)r[2]! && s.Mean == (double)r[4]!);
        }
    }

    [Fact]
    public async Task Scenario_baseline_is_the_studys_predicted_risk_and_sco_moves_regionalism_by_its_coefficient_sign()
    {
        var s = await Get("/api/scenario?dyad=TKM&sco=1");
        // The simulator covers the years of predicted_risk.csv: the estimation sample's (1992–2014), then the focus panel's to
        // the last year the covariates exist (2023), with the same carried-forward covariates named per year.
        var risk = StudyTables.Risks(web.Study).Rows.Where(r => (string)r[1]! == "CHN–TKM" && (string)r[3]! == "observed")
            .ToDictionary(r => ((string)r[0]!, (int)r[2]!), r => ((double)r[4]!, (double)r[5]!, (double)r[6]!));
        var carried = StudyTables.Risks(web.Study).Rows.Where(r => (string)r[1]! == "CHN–TKM" && (string)r[3]! == "observed")
            .ToDictionary(r => ((string)r[0]!, (int)r[2]!), r => (string)r[8]!);
        Assert.Equal(Analysis.Scenarios.ScenarioChanges.LastCovariateYear, s.GetProperty("scenario").GetProperty("toYear").GetInt32());
        Assert.Equal(Analysis.CentralAsia.FocusPanel.MidLastYear, s.GetProperty("observedLastYear").GetInt32());
        Assert.Contains("carried forward", s.GetProperty("assumption").GetString()!, StringComparison.Ordinal);
        var compared = 0;
        foreach (var t in s.GetProperty("theories").EnumerateArray())
        {
            foreach (var y in t.GetProperty("years").EnumerateArray())
            {
                var b = y.GetProperty("baseline");
                var key = (t.GetProperty("theory").GetString()!, y.GetProperty("year").GetInt32());
                var expected = risk[key];
                Assert.Equal(expected, (b.GetProperty("mean").GetDouble(), b.GetProperty("lower").GetDouble(), b.GetProperty("upper").GetDouble()));
                // Flagged as the study flags it: nothing carried up to 2014, the same covariates after.
                Assert.Equal(carried[key], string.Join("; ", y.GetProperty("carriedForward").EnumerateArray().Select(x => x.GetString())));
                Assert.Equal(key.Item2 > Analysis.CentralAsia.FocusPanel.MidLastYear, y.GetProperty("carriedForward").GetArrayLength() > 0);
                compared++;
            }
        }

        // Every CSV row of the span is covered, 2015–2023 included.
        Assert.Contains(risk.Keys, k => k.Item2 == Analysis.Scenarios.ScenarioChanges.LastCovariateYear);
        var (first, last) = (s.GetProperty("scenario").GetProperty("fromYear").GetInt32(), s.GetProperty("scenario").GetProperty("toYear").GetInt32());
        Assert.Equal(risk.Keys.Count(k => k.Item2 >= first && k.Item2 <= last), compared);
        var regionalism = s.GetProperty("theories").EnumerateArray().Single(t => t.GetProperty("theory").GetString()!.StartsWith("Regionalism", StringComparison.Ordinal));
        var fit = web.Study.Fits.Single(f => f.Theory.Id == TheoryId.Regionalism && f.Kind == Analysis.Models.FitKind.Logit).Fit!;
        var terms = fit.TermNames.ToList();
        var sign = Math.Sign(fit.Estimates[terms.IndexOf("sco")] + fit.Estimates[terms.IndexOf("igos")]);
        // Turkmenistan is never an SCO member: co-membership 0 → 1 also adds the SCO to the shared IGOs, so the linear
        // predictor moves by β_sco + β_igos and every year's risk in that direction (logit is monotone).
        Assert.All(regionalism.GetProperty("years").EnumerateArray(), y => Assert.Equal(sign, Math.Sign(y.GetProperty("difference").GetProperty("mean").GetDouble())));
    }

    [Fact]
    public async Task Scenario_by_post_equals_the_query_and_bad_values_are_named()
    {
        var get = await Get("/api/scenario?dyad=KAZ&from=2000&to=2010&trade=0.5&expectations=-0.5");
        var post = await web.Client.PostAsync("/api/scenario", new StringContent("{\"dyad\":\"KAZ\",\"fromYear\":2000,\"toYear\":2010,\"tradeFactor\":0.5,\"expectationsShift\":-0.5}", System.Text.Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(get.GetProperty("theories").GetRawText(), body.GetProperty("theories").GetRawText());
        Assert.Equal(11, get.GetProperty("theories")[0].GetProperty("years").GetArrayLength());

        var bad = await web.Client.GetAsync("/api/scenario?dyad=KAZ&trade=50");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("tradeFactor = 50 is outside the allowed range [0, 10]", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var far = await Get("/api/scenario?dyad=KAZ&trade=10");
        Assert.True(far.GetProperty("outsideSupport").GetArrayLength() > 0, "ten times the trade leaves the data's range and must be flagged");
    }

    [Fact]
    public async Task Verdicts_recomputed_under_the_default_rule_equal_the_study_and_a_strict_rule_supports_nothing()
    {
        var d = await Get("/api/theories/verdicts");
        Assert.Equal(web.Study.Verdicts.Select(v => StudyTables.Words(v.Overall)), d.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("verdict").GetString()));
        var strict = await Get("/api/theories/verdicts?alpha=1e-300");
        Assert.All(strict.GetProperty("verdicts").EnumerateArray(), v => Assert.Equal("not supported", v.GetProperty("verdict").GetString()));
        var bad = await web.Client.GetAsync("/api/theories/verdicts?alpha=0.9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("alpha = 0.9 must be in (0, 0.5]", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_values_are_the_trade_csvs_dependence()
    {
        var m = await Get("/api/map?indicator=dependence");
        var kaz = m.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("iso3").GetString() == "KAZ");
        var row = StudyTables.Trade(web.Study).Rows.Single(r => (string)r[0]! == "CHN–KAZ" && (int)r[1]! == 2010);
        Assert.Equal((double)row[9]!, kaz.GetProperty("values").GetProperty("2010").GetDouble());
        var risk = await Get("/api/map?indicator=risk");
        Assert.Equal("probability", risk.GetProperty("unit").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await web.Client.GetAsync("/api/map?indicator=gdp")).StatusCode);
    }

    [Fact]
    public async Task Tables_are_the_bytes_analyze_writes()
    {
        foreach (var t in new[] { StudyTables.Verdicts(web.Study), StudyTables.KeyTerms(web.Study), StudyTables.Risks(web.Study) })
        {
            Assert.Equal(t.ToCsv(), await web.Client.GetStringAsync($"/api/tables/{t.Name}/csv"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync("/api/tables/passwd/csv")).StatusCode);
    }

    [Fact]
    public async Task Every_api_route_is_in_the_openapi_document()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var routes = web.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Where(p => p.StartsWith("/api/", StringComparison.Ordinal)).Distinct().ToArray();
        Assert.True(routes.Length >= 12, string.Join(", ", routes));
        Assert.All(routes, r => Assert.Contains(r, paths));
    }

    [Fact]
    public async Task Status_reports_ready_with_the_reduced_options()
    {
        var s = await Get("/api/status");
        Assert.Equal("ready", s.GetProperty("state").GetString());
        Assert.True(s.GetProperty("reduced").GetBoolean());
        Assert.Equal(100, s.GetProperty("draws").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync("/api/nothing")).StatusCode);
    }
}
