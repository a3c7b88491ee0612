using System.Globalization;
using Caravan.Reporting.Report;
using Microsoft.Playwright;

namespace Caravan.Web.Tests;

/// <summary>
/// The pages in a real browser on real Kestrel: each loads without script errors or CSP violations, the controls work
/// (year slider, map click, scenario slider, rule form, panel form), downloads arrive, and the numbers shown equal the
/// study's CSVs to the 4 significant digits the pages print. Screenshots go to bin/.../screenshots/.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static void Close(double expected, double shown) =>
        Assert.True(Math.Abs(expected - shown) <= 5e-4 * Math.Abs(expected) + 1e-15, $"shown {shown}, CSV {expected}");

    private async Task<(IPage Page, List<string> Problems)> Open(string path, string readyAttribute)
    {
        var baseUrl = await web.StartKestrel();
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add(m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add(e);
        await page.GotoAsync(baseUrl + path);
        await page.WaitForSelectorAsync($"body[{readyAttribute}]", new PageWaitForSelectorOptions { Timeout = 60_000, State = WaitForSelectorState.Attached });
        return (page, problems);
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    [ChromiumFact]
    public async Task Overview_shows_the_studys_verdicts()
    {
        var (page, problems) = await Open("/", "data-page");
        var cells = await page.Locator("#verdicts tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.Equal(StudyTables.Verdicts(web.Study).Rows.Select(r => (string)r[2]!), cells);
        await Shot(page, "overview");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Map_year_slider_recolours_and_a_click_opens_the_dyad()
    {
        var (page, problems) = await Open("/map?indicator=dependence&year=2010", "data-map");
        Assert.Equal(5, await page.Locator("#map path.state").CountAsync());
        await page.EvalOnSelectorAsync("#year", "e => { e.value = '2005'; e.dispatchEvent(new Event('input', { bubbles: true })); }");
        await page.WaitForSelectorAsync("body[data-map='dependence:2005']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var shown = await page.Locator("#mapValues tr[data-iso3='KAZ'] td:nth-child(3)").TextContentAsync();
        var csv = StudyTables.Trade(web.Study).Rows.Single(r => (string)r[0]! == "CHN–KAZ" && (int)r[1]! == 2005);
        Close((double)csv[9]!, Num(shown!));
        var fill = await page.Locator("#map path[data-iso3='KAZ']").GetAttributeAsync("fill");
        Assert.StartsWith("rgb(", fill, StringComparison.Ordinal);
        await Shot(page, "map");
        await page.Locator("#map path[data-iso3='KAZ']").ClickAsync();
        await page.WaitForURLAsync("**/dyad/KAZ");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Dyad_view_draws_every_chart_and_downloads_its_data()
    {
        var (page, problems) = await Open("/dyad/KAZ", "data-charts");
        Assert.Equal(7, await page.Locator(".chartbox svg").CountAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-chart='trade'][data-download='csv']").ClickAsync());
        var path = await download.PathAsync();
        var lines = File.ReadAllLines(path!);
        var trade = StudyTables.Trade(web.Study).Rows.Where(r => (string)r[0]! == "CHN–KAZ").ToArray();
        Assert.Equal(trade.Length + 1, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(Reporting.Output.CsvTable.Format(trade[0][2]), first[1]); // china_reported_musd, full precision
        var svg = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-chart='risk'][data-download='svg']").ClickAsync());
        Assert.Contains("<svg", File.ReadAllText((await svg.PathAsync())!), StringComparison.Ordinal);
        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-chart='dependence'][data-download='png']").ClickAsync());
        Assert.Equal(0x89, File.ReadAllBytes((await png.PathAsync())!)[0]);
        await Shot(page, "dyad_KAZ");
        foreach (var id in new[] { "trade", "mirror", "dependence", "finance", "ties", "events", "risk" })
        {
            await page.Locator("#section-" + id).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"dyad_KAZ_{id}.png") });
        }

        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Theories_recompute_verdicts_when_the_rule_changes()
    {
        var (page, problems) = await Open("/theories", "data-rule");
        var before = await page.Locator("#ruleVerdicts tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Equal(web.Study.Verdicts.Select(v => StudyTables.Words(v.Overall)), before);
        await page.Locator("#alpha").FillAsync("1e-300");
        await page.Locator("#alpha").DispatchEventAsync("change");
        await page.WaitForSelectorAsync("body[data-rule*='alpha=1e-300']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.All(await page.Locator("#ruleVerdicts tbody tr td:nth-child(2)").AllTextContentsAsync(), v => Assert.Equal("not supported", v));
        await page.WaitForSelectorAsync("#coefficients table");
        await Shot(page, "theories");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Scenario_url_reproduces_it_and_the_trade_slider_changes_it()
    {
        var (page, problems) = await Open("/scenario?dyad=TKM&sco=1", "data-scenario");
        var row = page.Locator("#scenarioTable tr[data-theory^='Liberal'][data-year='1995'] td");
        var baseline = Num((await row.Nth(2).TextContentAsync())!);
        var csv = StudyTables.Risks(web.Study).Rows.Single(r => ((string)r[0]!).StartsWith("Liberal", StringComparison.Ordinal) && (string)r[1]! == "CHN–TKM" && (int)r[2]! == 1995 && (string)r[3]! == "observed");
        Close((double)csv[4]!, baseline);
        Assert.Equal("1", await page.Locator("#sco").InputValueAsync());
        await Shot(page, "scenario_tkm_sco");

        await page.EvalOnSelectorAsync("#trade", "e => { e.value = '0.5'; e.dispatchEvent(new Event('input', { bubbles: true })); }");
        await page.WaitForSelectorAsync("body[data-scenario*='trade=0.5']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.Contains("trade=0.5", page.Url, StringComparison.Ordinal);
        var scenarioCell = await page.Locator("#scenarioTable tr[data-theory^='Liberal'][data-year='1995'] td").Nth(4).TextContentAsync();

        var (again, problems2) = await Open(new Uri(page.Url).PathAndQuery, "data-scenario");
        Assert.Equal(scenarioCell, await again.Locator("#scenarioTable tr[data-theory^='Liberal'][data-year='1995'] td").Nth(4).TextContentAsync());
        Assert.Equal("0.5", await again.Locator("#trade").InputValueAsync());
        Assert.Empty(problems);
        Assert.Empty(problems2);
    }

    [ChromiumFact]
    public async Task Panel_form_builds_downloads_and_shows_cli_errors_inline()
    {
        var (page, problems) = await Open("/panel", "data-page");
        await page.Locator("#panelForm input[name='years']").FillAsync("2000-2003");
        await page.Locator("#panelForm input[name='states']").FillAsync("CHN,KAZ");
        await page.Locator("#panelForm input[name='steps']").FillAsync("capdist");
        await page.Locator("#buildPanel").ClickAsync();
        await page.WaitForSelectorAsync("body[data-panel]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#panelDownloads a[data-format='csv']").ClickAsync());
        Assert.Equal(5, File.ReadAllLines((await download.PathAsync())!).Length); // header + 1 dyad × 4 years
        await page.Locator("#fitForm input[name='formula']").FillAsync("nothere ~ year");
        await page.Locator("#runFit").ClickAsync();
        await page.WaitForSelectorAsync("#fitError:not([hidden])");
        Assert.StartsWith("error: No column 'nothere' (outcome) in the data.", await page.Locator("#fitError").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#panelForm input[name='states']").FillAsync("CHN,Atlantis");
        await page.Locator("#buildPanel").ClickAsync();
        await page.WaitForSelectorAsync("#panelError:not([hidden])");
        Assert.StartsWith("error: Unknown country 'Atlantis'", await page.Locator("#panelError").TextContentAsync(), StringComparison.Ordinal);
        await Shot(page, "panel");
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
