using Caravan.Analysis.Models;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Scenarios;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Tests;

/// <summary>
/// The whole chain (logit, clustered SEs, simulated first differences, verdict rule) on constructed dyad-years whose
/// answer is known: MID onsets drawn from a logit with a strong negative weak-link-dependence effect (β = −40 on
/// dependence uniform on [0, 0.05], so the 25th→75th percentile move lowers the log-odds by 1, about −60% of the
/// baseline) must give "supported"; the same data with β = 0 must give "not supported".
/// </summary>
public class ConstructedDataVerdictTests
{
    private static Frame Simulate(double beta, int seed)
    {
        var rng = new Random(seed);
        const int n = 20000;
        double[] Col(Func<double> f) => Enumerable.Range(0, n).Select(_ => f()).ToArray();
        var dep = Col(() => 0.05 * rng.NextDouble());
        var contig = Col(() => rng.NextDouble() < 0.3 ? 1 : 0);
        var lnDist = Col(() => 5 + (4 * rng.NextDouble()));
        var major = Col(() => rng.NextDouble() < 0.2 ? 1 : 0);
        var alliance = Col(() => rng.NextDouble() < 0.25 ? 1 : 0);
        var cinc = Col(() => 4 * rng.NextDouble());
        var dem = Col(() => rng.NextDouble());
        var py = Col(() => Math.Floor(30 * rng.NextDouble()));
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var eta = -2.5 + (beta * dep[i]) + (0.8 * contig[i]) - (0.1 * lnDist[i]) - (0.03 * py[i]);
            y[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
        }

        return new Frame([
            new NumericColumn(StudyColumns.MidOnset, y),
            new NumericColumn(StudyColumns.WeakLink, dep),
            new NumericColumn(StudyColumns.Contiguity, contig),
            new NumericColumn(StudyColumns.LogDistance, lnDist),
            new NumericColumn(StudyColumns.MajorPower, major),
            new NumericColumn(StudyColumns.Alliance, alliance),
            new NumericColumn(StudyColumns.LogCapabilityRatio, cinc),
            new NumericColumn(StudyColumns.DemocracyMin, dem),
            new NumericColumn(StudyColumns.PeaceYears, py),
            new NumericColumn(StudyColumns.PeaceYears2, py.Select(t => t * t / 100).ToArray()),
            new NumericColumn(StudyColumns.PeaceYears3, py.Select(t => t * t * t / 1000).ToArray()),
            new NumericColumn(StudyColumns.Dyad, Enumerable.Range(0, n).Select(i => (double)(i % 500)).ToArray()),
            new NumericColumn(StudyColumns.Year, Enumerable.Range(0, n).Select(i => 1992.0 + (i % 20)).ToArray()),
            new NumericColumn(Samples.RelevantColumn, Enumerable.Repeat(1.0, n).ToArray()),
        ]);
    }

    private static readonly Sample Sample = new(DyadSet.All, new YearRange(1992, 2014));

    [Fact]
    public void Strong_negative_effect_is_supported()
    {
        var fit = ConflictModel.Fit(Simulate(-40, 1), Liberal.Specification, Sample, FitKind.Logit, new SimulationOptions(Draws: 500, Seed: 7), VerdictRule.Default);
        Assert.Null(fit.Problem);
        Assert.Equal(TermOutcome.Confirms, fit.Outcomes[0]);
        Assert.Equal(Verdict.Supported, fit.Verdict);
        Assert.InRange(fit.Evidence[0].Estimate, -60, -20); // true −40
        Assert.True(fit.Evidence[0].RelativeFirstDifference < -0.3);
    }

    [Fact]
    public void No_effect_is_not_supported()
    {
        var fit = ConflictModel.Fit(Simulate(0, 2), Liberal.Specification, Sample, FitKind.Logit, new SimulationOptions(Draws: 500, Seed: 7), VerdictRule.Default);
        Assert.Equal(Verdict.NotSupported, fit.Verdict);
        Assert.NotEqual(TermOutcome.Confirms, fit.Outcomes[0]);
    }

    [Fact]
    public void A_panel_lacking_a_theorys_variables_gets_a_clear_message()
    {
        var frame = Simulate(0, 3);
        var e = Assert.Throws<StudyInputException>(() => ConflictModel.Fit(frame, Barbieri.Specification, Sample, FitKind.Logit, SimulationOptions.Default, VerdictRule.Default));
        Assert.Contains("'salience'", e.Message);
        Assert.Contains("trade", e.Message);
    }

    [Fact]
    public void Scenario_outside_support_is_refused_with_the_range()
    {
        var fit = ConflictModel.Fit(Simulate(-40, 4), Liberal.Specification, Sample, FitKind.Logit, new SimulationOptions(Draws: 100, Seed: 7), VerdictRule.Default);
        var e = Assert.Throws<StudyInputException>(() => ScenarioSupport.Require(fit.Fit!, new Dictionary<string, double> { [StudyColumns.WeakLink] = 0.5 }, "dependence at 50%"));
        Assert.Contains("dep_min", e.Message);
        Assert.Contains("outside", e.Message);
        Assert.Empty(ScenarioSupport.Outside(fit.Fit!, new Dictionary<string, double> { [StudyColumns.WeakLink] = 0.02 }));
    }

    [Fact]
    public void Unknown_dyad_and_scenario_names_say_what_exists()
    {
        var e = Assert.Throws<StudyInputException>(() => FocusDyad.Parse("MNG"));
        Assert.Contains("Kazakhstan", e.Message);
        Assert.Equal(705, FocusDyad.Parse("kaz").Ccode);
        Assert.Throws<StudyInputException>(() => CounterfactualCatalog.Parse("no_trade"));
    }
}
