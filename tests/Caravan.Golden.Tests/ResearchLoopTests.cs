using System.Text.Json;
using Caravan.Core.Expressions;
using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Simulation;
using Caravan.Estimation.Vcov;
using Xunit.Abstractions;

namespace Caravan.Golden.Tests;

/// <summary>
/// The worked example of docs/research-loop.md against R, without R: Reference/research_loop.R (fixest 0.12.1,
/// MASS::mvrnorm) → Expected/research_loop.json on Data/research_loop.csv.gz (the page's panel, the columns the
/// models use). The three logits (N exact; log-likelihood, coefficients, clustered SEs 1e-8 relative); model 3's
/// point predictions at the two profiles, their difference and ratio, and the AMEs with delta-method SEs (1e-8);
/// the King–Tomz–Wittenberg summaries (mean, SD, 2.5 %/97.5 % quantiles of E(Y) at both profiles, the first
/// difference and the risk ratio) from Caravan's own seeded draws, within 4 Monte Carlo standard errors of R's
/// values from 2,000 × 1,000 mvrnorm draws — 4 because 16 statistics are compared per run (Bonferroni: each at
/// 6e-5, the family at 0.1 %) — once with the page's 1,000 draws and seed, and once with 200,000 draws (the
/// tolerance shrinks by √200, so a wrong variance, Cholesky or link would fail it).
/// </summary>
public sealed class ResearchLoopTests(ITestOutputHelper output)
{
    private const string Base = "gmlmidonset ~ contig + cowmaj1 + cowmaj2 + cubic(gmlmidspell)";
    private static readonly JsonElement E = Expected.Load("research_loop");

    private double worstExact;

    private static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(v => v.GetDouble())];

    private void Near(double expected, double actual, string what)
    {
        GoldenData.Near(expected, actual, 1e-8, what);
        worstExact = Math.Max(worstExact, Math.Abs((actual / expected) - 1));
    }

    private static FitResult Logit(string formula)
    {
        var frame = GoldenData.Load("research_loop");
        var rows = RowFilter.Rows(frame, "gmlmidongoing == 0 | gmlmidonset == 1");
        return Fit.Logit(frame, formula, FitOptions.Default with { Subset = rows, Vcov = new VcovSpec.Cluster("ccode1^ccode2") });
    }

    [Fact]
    public void Three_logits_match_fixest()
    {
        var formulas = new[] { Base, Base + " + v2x_polyarchy_min", Base + " + v2x_polyarchy_min + capshare" };
        var logits = E.GetProperty("logits").EnumerateArray().ToArray();
        for (var m = 0; m < 3; m++)
        {
            var fit = Logit(formulas[m]);
            Assert.Equal(logits[m].GetProperty("n").GetInt32(), fit.Nobs);
            Near(logits[m].GetProperty("ll").GetDouble(), fit.LogLikelihood, $"model {m + 1} log-likelihood");
            var b = Doubles(logits[m].GetProperty("coef"));
            var se = Doubles(logits[m].GetProperty("se"));
            var mine = fit.StdErrors();
            Assert.Equal(b.Length, fit.Estimates.Length);
            for (var j = 0; j < b.Length; j++)
            {
                Near(b[j], fit.Estimates[j], $"model {m + 1} {fit.TermNames[j]}");
                Near(se[j], mine[j], $"model {m + 1} se {fit.TermNames[j]}");
            }
        }

        output.WriteLine($"logits: largest relative difference from fixest {worstExact:E2}");
    }

    [Fact]
    public void Point_predictions_and_marginal_effects_match_R_exactly()
    {
        var fit = Logit(Base + " + v2x_polyarchy_min + capshare");
        var p = E.GetProperty("profiles");
        var profiles = ProfileGrid.Parse(fit, "v2x_polyarchy_min=p25,p75; contig=1");
        Assert.Equal(2, profiles.Count);
        GoldenData.Near(p.GetProperty("q25").GetDouble(), profiles[0].Numeric["v2x_polyarchy_min"], 1e-12, "p25");
        GoldenData.Near(p.GetProperty("q75").GetDouble(), profiles[1].Numeric["v2x_polyarchy_min"], 1e-12, "p75");
        var sim = ProfileSimulation.Simulate(fit, profiles, new SimulationOptions(1000, 20261201));
        var point = Doubles(p.GetProperty("point"));
        var p1 = sim.Profiles[0].PointEstimate;
        var p2 = sim.Profiles[1].PointEstimate;
        Near(point[0], p1, "F(x'b) at p25");
        Near(point[1], p2, "F(x'b) at p75");
        Near(p.GetProperty("fd").GetDouble(), p2 - p1, "first difference");
        Near(p.GetProperty("rr").GetDouble(), p2 / p1, "risk ratio");

        var a = E.GetProperty("ame");
        var terms = a.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var ames = AverageMarginalEffects.Compute(fit, terms);
        var est = Doubles(a.GetProperty("estimate"));
        var se = Doubles(a.GetProperty("se"));
        for (var j = 0; j < terms.Length; j++)
        {
            Near(est[j], ames[j].Estimate, $"AME {terms[j]}");
            Near(se[j], ames[j].StdError, $"AME se {terms[j]}");
        }

        output.WriteLine($"predictions and AMEs: largest relative difference from R {worstExact:E2}");
    }

    [Theory]
    [InlineData(1000, 20261201)]
    [InlineData(200_000, 7)]
    public void Simulated_quantities_are_within_four_Monte_Carlo_errors_of_R(int draws, int seed)
    {
        var fit = Logit(Base + " + v2x_polyarchy_min + capshare");
        var sim = ProfileSimulation.Simulate(fit, ProfileGrid.Parse(fit, "v2x_polyarchy_min=p25,p75; contig=1"), new SimulationOptions(draws, seed));
        var s = E.GetProperty("simulation");
        var pooled = s.GetProperty("draws").GetInt32() * s.GetProperty("replicates").GetInt32();
        var quantities = new (string Key, QuantityOfInterest Q)[]
        {
            ("E1", sim.Profiles[0].ExpectedValue), ("E2", sim.Profiles[1].ExpectedValue),
            ("FD", sim.Profiles[1].FirstDifference!), ("RR", sim.Profiles[1].RiskRatio!),
        };
        var worst = 0.0;
        foreach (var (key, q) in quantities)
        {
            var truth = Doubles(s.GetProperty(key).GetProperty("truth"));
            var mcse = Doubles(s.GetProperty(key).GetProperty("mcse"));
            var mine = new[] { q.Mean, q.StdDev, q.Lower, q.Upper };
            string[] names = ["mean", "sd", "lower_95", "upper_95"];
            for (var j = 0; j < 4; j++)
            {
                // MC error of a run of `draws` draws, plus that of R's pooled value.
                var err = mcse[j] * Math.Sqrt((1000.0 / draws) + (1000.0 / pooled));
                var z = Math.Abs(mine[j] - truth[j]) / err;
                worst = Math.Max(worst, z);
                Assert.True(z <= 4, $"{key} {names[j]} with {draws} draws: {mine[j]:R} vs R {truth[j]:R}, {z:F2} Monte Carlo SEs ({err:E2}) apart (tolerance 4).");
            }
        }

        output.WriteLine($"{draws} draws: largest distance from R {worst:F2} Monte Carlo SEs");
    }
}
