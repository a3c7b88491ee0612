using Caravan.Estimation;
using Caravan.Estimation.Simulation;

namespace Caravan.Estimation.Tests.Simulation;

/// <summary>
/// Simulated quantities of interest: reproducibility given the seed, and Monte Carlo agreement with
/// the analytic expectations (each within 4 Monte Carlo standard errors, so a wrong mean, variance
/// or link fails).
/// </summary>
public sealed class QuantitiesOfInterestTests
{
    // A 3-coefficient model with correlated estimates (values of the order of the mid relogit).
    private static readonly double[] Beta = [-2.5, 1.2, -0.06];
    private static readonly double[] V =
    [
        0.040, -0.010, -0.0004,
        -0.010, 0.050, 0.0001,
        -0.0004, 0.0001, 0.00004,
    ];

    private static readonly string[] Terms = ["(Intercept)", "contig", "years"];
    private static readonly double[] X0 = [1, 0, 10];
    private static readonly double[] X1 = [1, 1, 10];

    private static SimulationResult Run(ModelKind kind, int seed, int draws = 20_000) =>
        QuantitiesOfInterest.SimulateRows(kind, Terms, Beta, V, X0, X1, new SimulationOptions(draws, seed));

    private static (double Mu, double Sd) LinearPredictor(double[] x)
    {
        var mu = 0.0;
        var v = 0.0;
        for (var i = 0; i < 3; i++)
        {
            mu += x[i] * Beta[i];
            for (var j = 0; j < 3; j++)
            {
                v += x[i] * V[(i * 3) + j] * x[j];
            }
        }

        return (mu, Math.Sqrt(v));
    }

    [Fact]
    public void Same_seed_gives_identical_draws_and_another_seed_does_not()
    {
        var a = Run(ModelKind.Logit, 42, 500);
        var b = Run(ModelKind.Logit, 42, 500);
        var c = Run(ModelKind.Logit, 43, 500);
        Assert.Equal(a.ExpectedValue.Draws, b.ExpectedValue.Draws);
        Assert.Equal(a.FirstDifference!.Draws, b.FirstDifference!.Draws);
        Assert.Equal(a.RiskRatio!.Lower, b.RiskRatio!.Lower);
        Assert.NotEqual(a.ExpectedValue.Draws, c.ExpectedValue.Draws);
    }

    [Fact]
    public void Linear_model_draws_have_the_analytic_mean_sd_and_interval()
    {
        var r = Run(ModelKind.Ols, 7);
        var (mu, sd) = LinearPredictor(X0);
        var m = r.ExpectedValue.Draws.Count;
        Assert.InRange(r.ExpectedValue.Mean, mu - (4 * sd / Math.Sqrt(m)), mu + (4 * sd / Math.Sqrt(m)));
        // SD of a normal sample: relative MC error ≈ 1/sqrt(2m).
        Assert.InRange(r.ExpectedValue.StdDev / sd, 1 - (4 / Math.Sqrt(2.0 * m)), 1 + (4 / Math.Sqrt(2.0 * m)));
        Assert.InRange(r.ExpectedValue.Lower, mu - (1.959964 * sd) - (0.05 * sd), mu - (1.959964 * sd) + (0.05 * sd));
        Assert.InRange(r.ExpectedValue.Upper, mu + (1.959964 * sd) - (0.05 * sd), mu + (1.959964 * sd) + (0.05 * sd));
        // First difference of a linear model: exactly β_contig per draw on average.
        var fdSd = Math.Sqrt(V[4]);
        Assert.InRange(r.FirstDifference!.Mean, Beta[1] - (4 * fdSd / Math.Sqrt(m)), Beta[1] + (4 * fdSd / Math.Sqrt(m)));
    }

    [Fact]
    public void Logit_expected_value_matches_the_normal_integral_of_the_inverse_link()
    {
        var r = Run(ModelKind.Logit, 11);
        foreach (var (x, q) in new[] { (X0, r.ExpectedValue), (X1, r.ExpectedValue1!) })
        {
            var (mu, sd) = LinearPredictor(x);
            // E[expit(mu + sd Z)] by the trapezoid rule on [-10, 10] (error far below 1e-8).
            double analytic = 0, second = 0;
            const int steps = 20_000;
            for (var i = 0; i <= steps; i++)
            {
                var z = -10 + (20.0 * i / steps);
                var wgt = (i == 0 || i == steps ? 0.5 : 1.0) * (20.0 / steps) * Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
                var p = 1 / (1 + Math.Exp(-(mu + (sd * z))));
                analytic += wgt * p;
                second += wgt * p * p;
            }

            var mcSe = Math.Sqrt((second - (analytic * analytic)) / q.Draws.Count);
            Assert.InRange(q.Mean, analytic - (4 * mcSe), analytic + (4 * mcSe));
        }

        for (var m = 0; m < 10; m++)
        {
            Assert.Equal(r.ExpectedValue1!.Draws[m] / r.ExpectedValue.Draws[m], r.RiskRatio!.Draws[m], 14);
            Assert.Equal(r.ExpectedValue1.Draws[m] - r.ExpectedValue.Draws[m], r.FirstDifference!.Draws[m], 14);
        }

        Assert.True(r.RiskRatio!.Lower > 1, "contig raises the probability in every plausible draw");
    }

    [Fact]
    public void Poisson_and_probit_use_their_inverse_links()
    {
        var p = Run(ModelKind.Poisson, 3, 2000);
        var pr = Run(ModelKind.Probit, 3, 2000);
        var lg = Run(ModelKind.Logit, 3, 2000);
        // Same draws (same seed): the expected values are the links applied to the same x'β̃.
        for (var m = 0; m < 5; m++)
        {
            var eta = Math.Log(p.ExpectedValue.Draws[m]);
            Assert.Equal(1 / (1 + Math.Exp(-eta)), lg.ExpectedValue.Draws[m], 12);
            Assert.Equal(Caravan.Estimation.Numerics.Distributions.NormalCdf(eta), pr.ExpectedValue.Draws[m], 12);
        }
    }

    [Fact]
    public void Bad_options_are_clear_errors()
    {
        Assert.Throws<EstimationException>(() =>
            QuantitiesOfInterest.SimulateRows(ModelKind.Logit, Terms, Beta, V, X0, null, new SimulationOptions(Level: 1.5)));
        Assert.Throws<EstimationException>(() =>
            QuantitiesOfInterest.SimulateRows(ModelKind.Logit, Terms, Beta, V, [1, 2], null, SimulationOptions.Default));
    }
}
