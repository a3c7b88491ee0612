using AngleSharp.Html.Parser;
using Caravan.Reporting.Plots;

namespace Caravan.Reporting.Tests;

/// <summary>The report a policy reader finishes (issue 9): summary on top, verdicts beside their robustness, risk to the latest year, provenance.</summary>
public class StudyReportIssue9Tests(ReducedStudyFixture run) : IClassFixture<ReducedStudyFixture>
{
    [Fact]
    public void Executive_summary_comes_first_and_verdicts_sit_beside_their_robustness()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(run.Files.Html));
        Assert.Equal("Executive summary", doc.QuerySelector("h2")!.TextContent);
        var summary = doc.QuerySelector(".summary")!.TextContent;
        Assert.Equal(5, Report.StudyExecutiveSummary.Sentences(run.Result).Count);
        Assert.Contains("caveat", summary, StringComparison.Ordinal);
        var pair = doc.QuerySelectorAll(".pair").First();
        Assert.Contains("verdicts.csv", pair.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("robustness_grid.csv", pair.InnerHtml, StringComparison.Ordinal);
        // Each theory's chart beside its regression table.
        Assert.True(doc.QuerySelectorAll(".pair img").Length >= 6);
        Assert.Contains($"1992–{run.Result.LastRiskYear}", doc.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.True(run.Result.LastRiskYear >= 2023, $"{run.Result.LastRiskYear}");
    }

    [Fact]
    public void Csvs_carry_flags_moves_and_provenance()
    {
        var risk = File.ReadAllLines(Path.Combine(run.Directory, "predicted_risk.csv"));
        Assert.EndsWith("carried_forward,left_censored", risk[0], StringComparison.Ordinal);
        Assert.Contains(risk, l => l.Contains(",2023,", StringComparison.Ordinal) && l.Contains("no MID recorded after 2014", StringComparison.Ordinal));
        Assert.Contains(risk, l => l.Contains(",1992,", StringComparison.Ordinal) && l.EndsWith(",1", StringComparison.Ordinal));
        var keyTerms = File.ReadAllLines(Path.Combine(run.Directory, "key_terms.csv"));
        Assert.Contains("condition_level", keyTerms[0], StringComparison.Ordinal);
        Assert.Contains(keyTerms, l => l.Contains("dep_x_texp", StringComparison.Ordinal) && l.Contains("90th percentile among dyads that trade", StringComparison.Ordinal));
        var summary = File.ReadAllText(Path.Combine(run.Directory, "summary.csv"));
        foreach (var key in new[] { "caravan_version", "commit", "data_versions", "seed", "verdict_rule", "phase_seconds_theory_fits" })
        {
            Assert.Contains(key + ",", summary, StringComparison.Ordinal);
        }

        var flags = File.ReadAllLines(Path.Combine(run.Directory, "mirror_flags.csv"));
        Assert.Contains(flags, l => l.StartsWith("CHN–UZB,2000,", StringComparison.Ordinal));
        Assert.True(File.ReadAllLines(Path.Combine(run.Directory, "robustness.csv")).Length > 6);
        Assert.True(File.ReadAllLines(Path.Combine(run.Directory, "influence.csv")).Length > 3);
    }

    [Fact]
    public void Bands_merge_and_long_legends_go_below()
    {
        var merged = PlotRenderer.MergeBands([new ShadedYears(1999.5, 2000.5, "x"), new ShadedYears(2000.5, 2001.5, "x"), new ShadedYears(2007.5, 2008.5, "x")]);
        Assert.Equal(2, merged.Count);
        Assert.Equal(2001.5, merged[0].To);
        Assert.True(PlotRenderer.LegendBelow(["Uzbekistan-reported (DOTS; national statistics after 2020)"]));
        Assert.False(PlotRenderer.LegendBelow(["Kazakhstan", "Kyrgyzstan"]));
    }
}
