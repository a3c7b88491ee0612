using AngleSharp.Html.Parser;
using Caravan.Reporting.Report;

namespace Caravan.Web.Tests;

/// <summary>The pages: served with a strict CSP, no inline script or style, every asset from this server, and the overview's numbers from the study.</summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(WebFixture web)
{
    public static TheoryData<string> Pages => new() { "/", "/map", "/dyad/KAZ", "/dyad/UZB", "/theories", "/scenario", "/panel" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_csp_no_inline_script_or_style_and_only_own_assets(string path)
    {
        var r = await web.Client.GetAsync(path);
        Assert.True(r.IsSuccessStatusCode, path);
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        var doc = new HtmlParser().ParseDocument(await r.Content.ReadAsStringAsync());
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.StartsWith("/assets/", s.GetAttribute("src") ?? "(inline)", StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        foreach (var src in doc.QuerySelectorAll("script[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).Where(s => s.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            Assert.True((await web.Client.GetAsync(src)).IsSuccessStatusCode, src);
        }
    }

    [Fact]
    public async Task Overview_shows_the_verdicts_and_summary_of_the_study()
    {
        var doc = new HtmlParser().ParseDocument(await web.Client.GetStringAsync("/"));
        var rows = doc.QuerySelectorAll("#verdicts tbody tr").ToArray();
        var csv = StudyTables.Verdicts(web.Study).Rows;
        Assert.Equal(csv.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal((string)csv[i][0]!, rows[i].Children[0].TextContent);
            Assert.Equal((string)csv[i][2]!, rows[i].Children[2].TextContent);
        }

        var summary = StudyTables.Summary(web.Study).Rows.ToDictionary(r => (string)r[0]!, r => Reporting.Output.CsvTable.Format(r[1]));
        foreach (var tr in doc.QuerySelectorAll("#summary tr"))
        {
            Assert.Equal(summary[tr.Children[0].TextContent], tr.Children[1].TextContent);
        }

        Assert.NotEmpty(doc.QuerySelectorAll("#robustness tbody tr"));
        Assert.Equal(5, doc.QuerySelectorAll("#coverage tbody tr").Length);
    }

    [Fact]
    public async Task Vendored_assets_carry_their_licences_and_nothing_is_fetched_from_elsewhere()
    {
        Assert.Contains("topojson", await web.Client.GetStringAsync("/assets/vendor/topojson-client/topojson-client.min.js"), StringComparison.Ordinal);
        var atlas = await web.Client.GetStringAsync("/assets/vendor/world-atlas/countries-50m.json");
        Assert.Contains("\"countries\"", atlas, StringComparison.Ordinal);
        foreach (var lic in new[] { "/assets/vendor/topojson-client/LICENSE", "/assets/vendor/world-atlas/LICENSE" })
        {
            Assert.Contains("Permission to use, copy, modify", await web.Client.GetStringAsync(lic), StringComparison.Ordinal);
        }

        foreach (var js in new[] { "common", "chart", "map", "dyad", "theories", "scenario", "panel", "overview" })
        {
            var text = await web.Client.GetStringAsync($"/assets/app/{js}.js");
            Assert.DoesNotContain("http://", text.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
        }
    }
}
