using AngleSharp.Html.Parser;
using Caravan.Analysis;
using Caravan.Reporting.Report;

namespace Caravan.Reporting.Tests;

/// <summary>Runs the reduced study once (politically relevant dyads 1992–2014, 100 draws) on the shipped data and renders the report.</summary>
public sealed class ReducedStudyFixture : IDisposable
{
    public ReducedStudyFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("caravan-report-").FullName;
        Result = ChinaCentralAsiaStudy.Run(new StudyOptions(Draws: 100, Reduced: true));
        Files = StudyReport.Write(Result, Directory);
    }

    public string Directory { get; }

    public StudyResult Result { get; }

    public ReportFiles Files { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public class StudyReportTests(ReducedStudyFixture run) : IClassFixture<ReducedStudyFixture>
{
    [Fact]
    public void Html_parses_and_has_every_section_and_the_verdict_table()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(run.Files.Html));
        var headings = doc.QuerySelectorAll("h2").Select(h => h.TextContent).ToArray();
        Assert.Contains("Verdicts", headings);
        Assert.Contains("What the data can and cannot show", headings);
        Assert.Contains("Data appendix", headings);
        var text = doc.Body!.TextContent;
        foreach (var v in run.Result.Verdicts)
        {
            Assert.Contains(v.Theory.Name, text, StringComparison.Ordinal);
        }

        Assert.Contains("no MID", text.Replace("No militarized interstate dispute", "no MID", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(doc.QuerySelectorAll("table").Length >= 5);
    }

    [Fact]
    public void Every_image_exists_is_embedded_and_has_readable_text()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(run.Files.Html));
        var images = doc.QuerySelectorAll("figure img").ToArray();
        Assert.Equal(run.Files.Png.Count, images.Length);
        Assert.All(images, img => Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal));
        foreach (var png in run.Files.Png)
        {
            ReportAssertions.PngHasText(png);
        }

        foreach (var svg in run.Files.Svg)
        {
            var content = File.ReadAllText(svg);
            Assert.Contains("<text", content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_linked_csv_exists_and_is_not_empty()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(run.Files.Html));
        var links = doc.QuerySelectorAll("a[href$='.csv']").Select(a => a.GetAttribute("href")!).Distinct().ToArray();
        Assert.Contains("verdicts.csv", links);
        Assert.Contains("predicted_risk.csv", links);
        foreach (var link in links)
        {
            var path = Path.Combine(run.Directory, link);
            Assert.True(File.Exists(path), $"{link} is linked but missing");
            Assert.True(File.ReadAllLines(path).Length >= 2, $"{link} has no data rows");
        }

        foreach (var svgLink in doc.QuerySelectorAll("a[href$='.svg']").Select(a => a.GetAttribute("href")!))
        {
            Assert.True(new FileInfo(Path.Combine(run.Directory, svgLink)).Length > 1000);
        }
    }

    [Fact]
    public void Markdown_links_resolve_and_the_study_states_its_limits()
    {
        var md = File.ReadAllText(run.Files.Markdown);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(md, @"\]\(([^)]+\.(?:csv|png|svg))\)"))
        {
            Assert.True(File.Exists(Path.Combine(run.Directory, m.Groups[1].Value)), m.Groups[1].Value);
        }

        Assert.Equal(0, run.Result.ChinaCentralAsiaMids);
        Assert.Contains("rests on the world panel", md, StringComparison.Ordinal);
        // The ICEWS/GDELT hole stays a hole.
        Assert.All(run.Result.Events.Where(e => e.Value.Year is >= 2015 and <= 2017), e => Assert.True(double.IsNaN(e.Value.Normalised)));
    }
}
