using Caravan.Estimation;
using Caravan.Estimation.Simulation;

namespace Caravan.Golden.Tests.Simulation;

/// <summary>
/// Profiles from "--at" text on the Zelig MID data: point predictions at the profiles equal R's predict()
/// (Reference/marginal_effects.R, "mid_logit_profiles"; 1e-9 relative) with the rest at means or at observed
/// values; the seeded simulation is reproducible and centred on them.
/// </summary>
public sealed class ProfileSimulationTests
{
    private static readonly System.Text.Json.JsonElement E = Expected.Load("marginal_effects").GetProperty("mid_logit_profiles");

    private static double[] Doubles(string name) => [.. E.GetProperty(name).EnumerateArray().Select(v => v.GetDouble())];

    [Theory]
    [InlineData(HoldAt.Mean, "p_at_means")]
    [InlineData(HoldAt.Observed, "p_observed")]
    public void Point_predictions_at_profiles_match_R(HoldAt others, string key)
    {
        var fit = Fit.Logit(GoldenData.Load("mid"), "conflict ~ major + contig + power + maxdem + mindem + cubic(years)");
        var profiles = ProfileGrid.Parse(fit, "power=p25,p75; contig=0,1");
        Assert.Equal(4, profiles.Count);
        var power = Doubles("power");
        var contig = Doubles("contig");
        for (var k = 0; k < 4; k++)
        {
            GoldenData.Near(power[k], profiles[k].Numeric["power"], 1e-12, $"power of profile {k + 1}");
            Assert.Equal(contig[k], profiles[k].Numeric["contig"]);
        }

        Assert.StartsWith("power = p25 (0.0945675); contig = 0", profiles[0].Label, StringComparison.Ordinal);
        var options = new SimulationOptions(Draws: 2000, Seed: 99, Others: others);
        var r = ProfileSimulation.Simulate(fit, profiles, options);
        var expected = Doubles(key);
        for (var k = 0; k < 4; k++)
        {
            var p = r.Profiles[k];
            GoldenData.Near(expected[k], p.PointEstimate, 1e-9, $"{key} profile {k + 1}");
            // F(x'b_hat) is not the mean of the simulated F(x'b~) (F is nonlinear): it must lie inside the interval.
            Assert.InRange(p.PointEstimate, p.ExpectedValue.Lower, p.ExpectedValue.Upper);
            if (k > 0)
            {
                Assert.InRange(p.PointEstimate - r.Profiles[0].PointEstimate, p.FirstDifference!.Lower, p.FirstDifference.Upper);
            }
        }

        var again = ProfileSimulation.Simulate(fit, profiles, options);
        Assert.Equal(r.Profiles[3].FirstDifference!.Draws, again.Profiles[3].FirstDifference!.Draws);
    }

    [Fact]
    public void Bad_profiles_name_the_assignment()
    {
        var fit = Fit.Logit(GoldenData.Load("mid"), "conflict ~ major + contig + power");
        Assert.Contains("'nosuch'", Assert.Throws<EstimationException>(() => ProfileGrid.Parse(fit, "nosuch=1")).Message, StringComparison.Ordinal);
        Assert.Contains("'p101'", Assert.Throws<EstimationException>(() => ProfileGrid.Parse(fit, "power=p101")).Message, StringComparison.Ordinal);
        Assert.Contains("set twice", Assert.Throws<EstimationException>(() => ProfileGrid.Parse(fit, "power=1; power=2")).Message, StringComparison.Ordinal);
        Assert.Contains("expected variable=value", Assert.Throws<EstimationException>(() => ProfileGrid.Parse(fit, "power")).Message, StringComparison.Ordinal);
    }
}
