using Caravan.Analysis.Models;
using Caravan.Analysis.Robustness;
using Caravan.Analysis.Tests.Models;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Tests.Robustness;

/// <summary>
/// One-step dfbeta by dyad on constructed data with a planted influential dyad: dyad 7 is given extreme dependence
/// (0.2, four times the others' maximum) and a MID in a third of its years, so it alone pulls the dependence coefficient up.
/// The planted dyad must rank first, and the one-step dfbeta must approximate the exact leave-one-dyad-out change.
/// </summary>
public class DyadInfluenceTests
{
    [Fact]
    public void The_planted_dyad_ranks_first_and_one_step_matches_the_refit()
    {
        var data = MoveScenariosTests.Skewed(-40, 11);
        var dyad = data.Numeric(StudyColumns.Dyad).Values;
        var dep = (double[])data.Numeric(StudyColumns.WeakLink).Values.Clone();
        var trade = (double[])data.Numeric("trade").Values.Clone();
        var y = (double[])data.Numeric(StudyColumns.MidOnset).Values.Clone();
        for (var r = 0; r < data.RowCount; r++)
        {
            if (dyad[r] == 7)
            {
                dep[r] = 0.2;
                trade[r] = 5;
                y[r] = r / 600 % 3 == 0 ? 1 : 0;
            }
        }

        data = data.With(new NumericColumn(StudyColumns.WeakLink, dep)).With(new NumericColumn("trade", trade)).With(new NumericColumn(StudyColumns.MidOnset, y));
        var sample = new Sample(DyadSet.All, new YearRange(1992, 2014));
        var sim = new SimulationOptions(Draws: 100, Seed: 1);
        var fit = ConflictModel.Fit(data, Liberal.Specification, sample, FitKind.Logit, sim, VerdictRule.Default);
        var top = DyadInfluence.Top(fit.Fit!, StudyColumns.WeakLink, 3, d => $"D{d}");
        var without7 = ConflictModel.Fit(data, Liberal.Specification, sample, FitKind.Logit, sim, VerdictRule.Default, excludeDyads: new HashSet<double> { 7 });
        Assert.True(top[0].Dyad == 7, string.Join("; ", top.Select(t => $"{t.Dyad} {t.DfBeta} {t.Rows}")) + $" est {fit.Evidence[0].Estimate} without7 {without7.Evidence[0].Estimate}");
        Assert.Equal("D7", top[0].Label);
        Assert.Equal(50, top[0].Rows);
        var without = ConflictModel.Fit(data, Liberal.Specification, sample, FitKind.Logit, sim, VerdictRule.Default, excludeDyads: new HashSet<double> { 7 });
        var exact = fit.Evidence[0].Estimate - without.Evidence[0].Estimate;
        Assert.True(exact > 0, $"{exact}"); // dyad 7 pulls the coefficient up
        Assert.InRange(top[0].DfBeta / exact, 0.5, 1.5); // one step of Newton from the full fit
        Assert.True(Math.Abs(top[1].DfBeta) < Math.Abs(top[0].DfBeta) / 3);
        Assert.Empty(DyadInfluence.Top(fit.Fit!, "not_a_term", 3, d => ""));
    }
}
