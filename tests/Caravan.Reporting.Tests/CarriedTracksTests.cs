using Caravan.Analysis.CentralAsia;
using Caravan.Reporting.Plots;
using Caravan.Reporting.Report;

namespace Caravan.Reporting.Tests;

/// <summary>
/// Carried-forward covariates marked per variable on the risk charts: constructed rows whose answer is known give one track
/// per covariate (its years, its source year, the dyads when not all), and on the real reduced study each theory's risk rows
/// name only that theory's covariates.
/// </summary>
public class CarriedTracksTests(ReducedStudyFixture run) : IClassFixture<ReducedStudyFixture>
{
    private static PredictedRisk Row(FocusDyad d, int year, params CarriedCovariate[] carried) =>
        new("T", d, year, "observed", 0.01, 0.0, 0.02, "", string.Join("; ", carried.Select(c => c.Note)), false, carried);

    [Fact]
    public void One_track_per_covariate_with_its_years_source_and_dyads()
    {
        var kaz = FocusDyad.Parse("KAZ");
        var tkm = FocusDyad.Parse("TKM");
        var igos = new CarriedCovariate("igos", 2014);
        var py = new CarriedCovariate("peace_years", null);
        var dep = new CarriedCovariate("dep_min", 2020);
        var rows = new[]
        {
            Row(kaz, 2014), Row(tkm, 2014),
            Row(kaz, 2015, igos, py), Row(tkm, 2015, igos, py),
            Row(kaz, 2021, igos, py), Row(tkm, 2021, igos, py, dep),
            Row(kaz, 2022, igos, py), Row(tkm, 2022, igos, py, dep),
        };
        var tracks = StudyCharts.CarriedTracks(run.Result, rows);
        Assert.Equal(3, tracks.Count);
        Assert.Equal(new YearTrack("igos: carried from 2014", 2015, 2022), tracks[0]);
        Assert.Equal(new YearTrack("peace_years: assumed (no MID after 2014)", 2015, 2022), tracks[1]);
        Assert.Equal(new YearTrack("dep_min: carried from 2020 (Turkmenistan)", 2021, 2022), tracks[2]);
        Assert.Empty(StudyCharts.CarriedTracks(run.Result, [Row(kaz, 2010)]));
    }

    [Fact]
    public void Risk_rows_name_only_their_models_covariates_and_the_report_says_so()
    {
        var realist = run.Result.Risks.Where(x => x.Theory == Analysis.Theories.Realist.Specification.Name).ToArray();
        var regionalism = run.Result.Risks.Where(x => x.Theory == Analysis.Theories.Regionalism.Specification.Name).ToArray();
        Assert.NotEmpty(realist);
        // IGO counts end in 2014 and are carried, but the Realist model does not use them.
        Assert.DoesNotContain(realist, x => x.CarriedCovariates.Any(c => c.Variable == Analysis.StudyColumns.SharedIgos));
        Assert.Contains(regionalism, x => x.Year == 2020 && x.CarriedCovariates.Any(c => c.Variable == Analysis.StudyColumns.SharedIgos && c.FromYear == 2014));
        Assert.All(run.Result.Risks.Where(x => x.Year > 2014), x => Assert.Contains(x.CarriedCovariates, c => c.Assumed));
        Assert.All(run.Result.Risks.Where(x => x.Year <= 2014), x => Assert.Empty(x.CarriedCovariates));
        var html = File.ReadAllText(run.Files.Html);
        Assert.Contains("The strip below the axis marks, per covariate of this model", html, StringComparison.Ordinal);
        Assert.Contains("igos: carried from 2014", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tick_labels_cover_only_the_data_range()
    {
        Assert.Equal([0, 5, 10, 15, 20, 25, 30], PlotRenderer.NiceTicks(0, 31.7));
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2], PlotRenderer.NiceTicks(0, 1.3).Select(t => Math.Round(t, 12)));
        Assert.All(PlotRenderer.NiceTicks(0, 7.3), t => Assert.True(t >= 0));
    }
}
