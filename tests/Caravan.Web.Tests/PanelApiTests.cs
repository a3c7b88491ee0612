using System.Net;
using System.Text;
using System.Text.Json;
using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Web.Tests;

/// <summary>The panel builder and fitter: a real panel from the shipped data, its downloads, a fit on it, and errors worded as the CLI words them.</summary>
[Collection(WebCollection.Name)]
public sealed class PanelApiTests(WebFixture web)
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, string json)
    {
        var r = await web.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task A_panel_is_built_downloaded_in_every_format_and_fitted()
    {
        var (status, p) = await Post("/api/panel", "{\"unit\":\"dyad-year\",\"years\":\"2000-2010\",\"states\":\"CHN,KAZ,KGZ\",\"steps\":\"capdist,dots,gdppop\"}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(33, p.GetProperty("rows").GetInt64()); // 3 dyads × 11 years
        Assert.Contains("capdist", p.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var id = p.GetProperty("id").GetString()!;

        var csv = await web.Client.GetStringAsync($"/api/panel/{id}/csv");
        Assert.Equal(34, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var dta = await web.Client.GetByteArrayAsync($"/api/panel/{id}/dta");
        Assert.Equal("<stata_dta>", Encoding.ASCII.GetString(dta, 0, 11));
        var parquet = await web.Client.GetByteArrayAsync($"/api/panel/{id}/parquet");
        Assert.Equal("PAR1", Encoding.ASCII.GetString(parquet, 0, 4));
        var codebook = await web.Client.GetStringAsync($"/api/panel/{id}/codebook");
        Assert.Contains("capdist", codebook, StringComparison.Ordinal);
        var download = await web.Client.GetAsync($"/api/panel/{id}/csv");
        Assert.Equal("panel.csv", download.Content.Headers.ContentDisposition!.FileName!.Trim('"'));

        var (fs, fit) = await Post("/api/fit", $"{{\"panel\":\"{id}\",\"model\":\"ols\",\"formula\":\"log(capdist) ~ year\",\"vcov\":\"hetero\"}}");
        Assert.Equal(HttpStatusCode.OK, fs);
        Assert.Equal(33, fit.GetProperty("nobs").GetInt32());
        Assert.Equal("(Intercept)", fit.GetProperty("coefficients")[0].GetProperty("term").GetString());
        // Capital distances do not change over time: the slope on year is 0 to rounding.
        Assert.InRange(fit.GetProperty("coefficients")[1].GetProperty("estimate").GetDouble(), -1e-9, 1e-9);

        var (es, err) = await Post("/api/fit", $"{{\"panel\":\"{id}\",\"model\":\"ols\",\"formula\":\"nothere ~ year\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, es);
        Assert.StartsWith("error: No column 'nothere' (outcome) in the data.", err.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Panel_errors_are_the_cli_messages()
    {
        var (s1, e1) = await Post("/api/panel", "{\"unit\":\"country-week\"}");
        Assert.Equal(HttpStatusCode.BadRequest, s1);
        Assert.Equal("error: --unit 'country-week': use state-year, dyad-year or directed-dyad-year.", e1.GetProperty("error").GetString());

        var (_, e2) = await Post("/api/panel", "{\"years\":\"2020-1990\"}");
        Assert.Equal("error: " + Assert.ThrowsAny<Exception>(() => YearRange.Parse("2020-1990")).Message, e2.GetProperty("error").GetString());

        var (_, e3) = await Post("/api/panel", "{\"states\":\"CHN,Atlantis\"}");
        var expected = Assert.Throws<PanelException>(() => PanelStates.Resolve("CHN,Atlantis", StateSystem.CorrelatesOfWar, new YearRange(1992, 2014))).Message;
        Assert.Equal("error: " + expected, e3.GetProperty("error").GetString());

        var (s4, e4) = await Post("/api/panel", "{\"unit\":\"directed-dyad-year\",\"years\":\"1816-2020\",\"states\":null}");
        Assert.Equal(HttpStatusCode.BadRequest, s4);
        Assert.Contains("at most 400,000", e4.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_panels_and_formats_are_404_not_files()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/api/panel/{Guid.NewGuid():N}/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync("/api/panel/..%2F..%2Fetc%2Fpasswd/csv")).StatusCode);
        var (s, e) = await Post("/api/fit", "{\"panel\":\"../../etc/passwd\",\"model\":\"ols\",\"formula\":\"y ~ x\"}");
        Assert.Equal(HttpStatusCode.NotFound, s);
        Assert.Contains("no panel", e.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
