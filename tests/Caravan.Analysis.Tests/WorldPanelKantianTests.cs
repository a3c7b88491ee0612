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
/// against R: glm(binomial) for the coefficients and sandwich::vcovCL clustered by dyad with fixest's small-sample
/// factors for the SEs (Reference/kantian_prd_1950_2014.R, output in Reference/kantian_prd_1950_2014.out.txt).
/// Tolerances: coefficients 1e-8 relative (same likelihood, both converged); SEs 2e-3 relative (the clustered meat is
/// evaluated at slightly different convergence points and small-sample conventions).
/// </summary>
public class WorldPanelKantianTests
{
    private static readonly (string Term, double B, double Se)[] R =
    [
        ("(Intercept)", -2.0838010866549, 0.54128476560682),
        ("dem_min", -2.7588631508843, 0.31097510304972),
        ("dep_min", -3.7335992937098, 2.22216394805579),
        ("igos", 0.0302366439171, 0.00442567870227),
        ("contig", 0.9551311532449, 0.16263072917435),
        ("ln_dist", -0.0349033999214, 0.07184949872136),
        ("major", 0.4468095961587, 0.20441967832873),
        ("alliance", -0.1365718624838, 0.11813106799223),
        ("ln_cinc_ratio", -0.2324485435523, 0.05039578545418),
        ("peace_years", -0.1972030344287, 0.01814454138185),
        ("peace_years2", 0.2960448511856, 0.05452875897048),
        ("peace_years3", -0.0122329863619, 0.00354607738291),
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
            Assert.True(Math.Abs(table[term].Estimate - b) <= 1e-8 * Math.Max(1, Math.Abs(b)), $"{term}: {table[term].Estimate} vs R {b}");
            Assert.True(Math.Abs(table[term].StdError - se) <= 2e-3 * se, $"{term} SE: {table[term].StdError} vs R {se}");
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
