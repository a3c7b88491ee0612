using Caravan.Analysis.Models;
using Caravan.Analysis.Robustness;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Tests.Models;

/// <summary>
/// The verdict's first-difference moves on constructed data whose answer is known. The world's dependence is skewed:
/// most dyad-years do not trade (dependence 0). With 70% non-traders, the 25th→75th percentile move of dependence is
/// 0 → (a small value), so even a strong effect cannot pass; the 10th→90th percentile move among traders spans the range
/// where the theory makes its claim and passes. β = −40 on dependence uniform on [0.005, 0.055] among traders:
/// P10 = 0.010, P90 = 0.050, so the move lowers the log-odds by 1.6 (≈ −80% of the baseline).
/// </summary>
public class MoveScenariosTests
{
    private static readonly Sample Sample = new(DyadSet.All, new YearRange(1992, 2014));

    internal static Frame Skewed(double beta, int seed, int n = 30000)
    {
        var rng = new Random(seed);
        var trade = new double[n];
        var dep = new double[n];
        for (var i = 0; i < n; i++)
        {
            var trades = rng.NextDouble() < 0.3;
            trade[i] = trades ? 1 + rng.NextDouble() : 0;
            dep[i] = trades ? 0.005 + (0.05 * rng.NextDouble()) : 0;
        }

        double[] Col(Func<double> f) => Enumerable.Range(0, n).Select(_ => f()).ToArray();
        var contig = Col(() => rng.NextDouble() < 0.3 ? 1 : 0);
        var lnDist = Col(() => 5 + (4 * rng.NextDouble()));
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
            new NumericColumn("trade", trade),
            new NumericColumn(StudyColumns.Contiguity, contig),
            new NumericColumn(StudyColumns.LogDistance, lnDist),
            new NumericColumn(StudyColumns.MajorPower, Col(() => rng.NextDouble() < 0.2 ? 1 : 0)),
            new NumericColumn(StudyColumns.Alliance, Col(() => rng.NextDouble() < 0.25 ? 1 : 0)),
            new NumericColumn(StudyColumns.LogCapabilityRatio, Col(() => 4 * rng.NextDouble())),
            new NumericColumn(StudyColumns.DemocracyMin, Col(() => rng.NextDouble())),
            new NumericColumn(StudyColumns.PeaceYears, py),
            new NumericColumn(StudyColumns.PeaceYears2, py.Select(t => t * t / 100).ToArray()),
            new NumericColumn(StudyColumns.PeaceYears3, py.Select(t => t * t * t / 1000).ToArray()),
            // Dyad ids 0..599; ids 0..4 play the focus dyads (ZeroToFocusLevel).
            new NumericColumn(StudyColumns.Dyad, Enumerable.Range(0, n).Select(i => (double)(i % 600)).ToArray()),
            new NumericColumn(StudyColumns.Year, Enumerable.Range(0, n).Select(i => 1992.0 + (i % 20)).ToArray()),
            new NumericColumn(Samples.RelevantColumn, Enumerable.Repeat(1.0, n).ToArray()),
        ]);
    }

    [Fact]
    public void Percentiles_are_taken_among_dyads_that_trade()
    {
        var data = Skewed(-40, 1);
        var key = Liberal.Specification.KeyTerms[0];
        var p = MoveScenarios.Build(data, Liberal.Specification, key, FirstDifferenceMove.Percentile10To90, [])!;
        Assert.Equal(0.010, p.LowValue, 2); // 0.005 + 0.1·0.05
        Assert.Equal(0.050, p.HighValue, 2); // 0.005 + 0.9·0.05
        var iqr = MoveScenarios.Build(data, Liberal.Specification, key, FirstDifferenceMove.Interquartile, [])!;
        Assert.Equal(0, iqr.LowValue); // 70% of rows do not trade
        Assert.True(iqr.HighValue < 0.02, $"{iqr.HighValue}");
        var sd = MoveScenarios.Build(data, Liberal.Specification, key, FirstDifferenceMove.OneStandardDeviation, [])!;
        Assert.Equal(0.030, sd.LowValue, 2); // median of U(0.005, 0.055)
        Assert.Equal(0.05 / Math.Sqrt(12), sd.HighValue - sd.LowValue, 2);
        var focusRows = Enumerable.Range(0, data.RowCount).Where(r => data.Numeric(StudyColumns.Dyad).Values[r] < 5).ToArray();
        var focus = MoveScenarios.Build(data, Liberal.Specification, key, FirstDifferenceMove.ZeroToFocusLevel, focusRows)!;
        Assert.Equal(0, focus.LowValue);
        Assert.Equal(focusRows.Average(r => data.Numeric(StudyColumns.WeakLink).Values[r]), focus.HighValue, 12);
        Assert.Null(MoveScenarios.Build(data, Liberal.Specification, key, FirstDifferenceMove.ZeroToFocusLevel, []));
    }

    [Fact]
    public void A_strong_effect_passes_the_verdict_move_but_not_the_interquartile_move()
    {
        var fit = ConflictModel.Fit(Skewed(-40, 2), Liberal.Specification, Sample, FitKind.Logit, new SimulationOptions(Draws: 400, Seed: 3), VerdictRule.Default,
            focusDyads: new HashSet<double> { 0, 1, 2, 3, 4 });
        Assert.Equal(FirstDifferenceMove.Percentile10To90, fit.Evidence[0].Move);
        Assert.Equal(TermOutcome.Confirms, fit.Outcomes[0]);
        Assert.InRange(fit.Evidence[0].RelativeFirstDifference, -0.9, -0.6); // 1 − e^(−1.6) = 0.80
        var iqr = VerdictRule.Default with { Move = FirstDifferenceMove.Interquartile, MinimumRelativeEffect = 0.5 };
        Assert.Equal(Verdict.Supported, RobustnessTable.Rejudge(fit, VerdictRule.Default));
        Assert.Equal(Verdict.NotSupported, RobustnessTable.Rejudge(fit, iqr));
        Assert.Equal(4, fit.ByMove!.Count); // one key term × four moves
    }

    [Fact]
    public void No_effect_fails_under_every_move()
    {
        var fit = ConflictModel.Fit(Skewed(0, 4), Liberal.Specification, Sample, FitKind.Logit, new SimulationOptions(Draws: 400, Seed: 3), VerdictRule.Default,
            focusDyads: new HashSet<double> { 0, 1, 2, 3, 4 });
        foreach (var move in FirstDifferenceMoves.All)
        {
            Assert.NotEqual(Verdict.Supported, RobustnessTable.Rejudge(fit, VerdictRule.Default with { Move = move }));
        }
    }

    [Fact]
    public void Copeland_conditions_on_dependence_at_its_90th_percentile_among_traders()
    {
        var data = Skewed(-40, 5);
        var dep = data.Numeric(StudyColumns.WeakLink).Values;
        var rng = new Random(9);
        var texp = dep.Select(_ => rng.NextDouble() - 0.5).ToArray();
        data = data.With(new NumericColumn(StudyColumns.Expectations, texp))
            .With(new NumericColumn(StudyColumns.DependenceXExpectations, dep.Select((d, i) => d * texp[i]).ToArray()));
        var key = Copeland.Specification.KeyTerms[0];
        var s = MoveScenarios.Build(data, Copeland.Specification, key, FirstDifferenceMove.Percentile10To90, [])!;
        Assert.Equal(0.050, s.ConditionValue, 2); // 90th percentile of dependence among traders
        Assert.Equal(s.ConditionValue * s.HighValue, s.High.Numeric[StudyColumns.DependenceXExpectations], 12); // product recomputed
        Assert.Equal(s.ConditionValue, s.High.Numeric[StudyColumns.WeakLink]);
    }
}
