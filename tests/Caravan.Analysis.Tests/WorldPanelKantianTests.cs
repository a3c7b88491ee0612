using System.Globalization;
using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Panels;
using Caravan.Data.Store;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Tests;

/// <summary>
/// The Kantian-triangle specification on the real world panel (politically relevant dyads 1950–2014, shipped data),
/// against R: glm(binomial) for the coefficients and sandwich::vcovCL clustered by dyad (HC1, cadjust: fixest's and Caravan's
/// small-sample factors) for the SEs, both under the study's convergence convention (tolerance 1e-12 and one IRLS pass
/// after it; Reference/kantian_prd_1950_2014.R, output in Reference/kantian_prd_1950_2014.out.txt).
/// Tolerances: coefficients 1e-9 relative, SEs 1e-7 relative (same likelihood, same converged weights; measured
/// agreement ~1e-12).
/// </summary>
public class WorldPanelKantianTests
{
    private static readonly (string Term, double B, double Se)[] R =
    [
        ("(Intercept)", -2.11981770727399743, 0.53760788785275460),
        ("dem_min", -2.67776308539054719, 0.31510985947048697),
        ("dep_min", -3.78917609558413471, 2.26249034574241259),
        ("igos", 0.03014862862102132, 0.00447191740810366),
        ("contig", 0.94175239869066918, 0.16396683764738437),
        ("ln_dist", -0.03472899004681968, 0.07146242702089627),
        ("major", 0.45186976140103613, 0.20440561450339328),
        ("alliance", -0.14074926244103922, 0.11846296750048811),
        ("ln_cinc_ratio", -0.23126174463104723, 0.04992501049822876),
        ("peace_years", -0.18340296398482958, 0.01430585730763226),
        ("peace_years2", 0.25006871370019967, 0.03778996011966498),
        ("peace_years3", -0.00958110150666176, 0.00228122662846060),
    ];

    [Fact]
    public void Kantian_relevant_dyads_1950_2014_matches_R()
    {
        using var store = CaravanStore.Open();
        var panel = WorldPanel.Build(store, new YearRange(1950, 2014), relevantOnly: true);
        var fit = ConflictModel.Fit(panel.Frame, KantianTriangle.Specification, Samples.Reference, FitKind.Logit,
            new SimulationOptions(Draws: 200, Seed: 1), VerdictRule.Default);
        Assert.NotNull(fit.Fit);
        Export(fit);
        var table = fit.Fit!.Coefficients().ToDictionary(c => c.Term);
        foreach (var (term, b, se) in R)
        {
            Assert.True(Math.Abs(table[term].Estimate - b) <= 1e-9 * Math.Max(1, Math.Abs(b)), $"{term}: {table[term].Estimate} vs R {b}");
            Assert.True(Math.Abs(table[term].StdError - se) <= 1e-7 * se, $"{term} SE: {table[term].StdError} vs R {se}");
        }
    }

    private static void Export(TheoryFit fit)
    {
        if (Environment.GetEnvironmentVariable("CARAVAN_EXPORT_SAMPLE") is not { } path)
        {
            return;
        }

        var cols = new[] { StudyColumns.MidOnset }.Concat(fit.Theory.Regressors(StudyColumns.Controls)).Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.Dyad).ToArray();
        var src = fit.Fit!.Variance.Source;
        using var w = new StreamWriter(path);
        w.WriteLine(string.Join(",", cols));
        foreach (var r in fit.Fit.Variance.SampleRows)
        {
            w.WriteLine(string.Join(",", cols.Select(c => src.Numeric(c).Values[r].ToString("R", CultureInfo.InvariantCulture))));
        }
    }
}
