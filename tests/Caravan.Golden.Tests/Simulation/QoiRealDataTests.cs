using Caravan.Estimation;
using Caravan.Estimation.Simulation;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.Simulation;

/// <summary>
/// Quantities of interest on the `mid` data for logit, probit, Poisson-free links: the mean of the
/// simulated expected values must equal the analytic E[g⁻¹(x'β̃)], β̃ ~ N(β̂, V̂), computed by
/// quadrature, within 4 Monte Carlo standard errors (so a wrong variance, scenario row or link fails).
/// </summary>
public sealed class QoiRealDataTests
{
    private const string Formula = "conflict ~ major + contig + power + maxdem + mindem + years";

    public static TheoryData<ModelKind> Kinds => new() { ModelKind.Logit, ModelKind.Probit, ModelKind.RareEventsLogit, ModelKind.FirthLogit, ModelKind.Ols };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mean_of_simulated_expected_values_matches_the_analytic_integral(ModelKind kind)
    {
        var frame = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var fit = Fit.Model(kind, frame, Formula);
        var scenario = Scenario.Set(("contig", 1), ("major", 1));
        var sim = QuantitiesOfInterest.Simulate(fit, scenario, null, new SimulationOptions(Draws: 20_000, Seed: 99));
        var x = sim.X.ToArray();
        var k = x.Length;
        double mu = 0, v = 0;
        for (var i = 0; i < k; i++)
        {
            mu += x[i] * fit.Estimates[i];
            for (var j = 0; j < k; j++)
            {
                v += x[i] * fit.Vcov[i, j] * x[j];
            }
        }

        var sd = Math.Sqrt(v);
        var link = QuantitiesOfInterest.InverseLink(kind);
        double m1 = 0, m2 = 0;
        const int steps = 20_000;
        for (var s = 0; s <= steps; s++)
        {
            var z = -10 + (20.0 * s / steps);
            var w = (s == 0 || s == steps ? 0.5 : 1.0) * (20.0 / steps) * Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
            var g = link(mu + (sd * z));
            m1 += w * g;
            m2 += w * g * g;
        }

        var mcSe = Math.Sqrt(Math.Max(m2 - (m1 * m1), 0) / sim.ExpectedValue.Draws.Count);
        Assert.InRange(sim.ExpectedValue.Mean, m1 - (4 * mcSe), m1 + (4 * mcSe));
        Assert.Equal(frame.Numeric("years").Values.Average(), x[6], 10);
    }
}
