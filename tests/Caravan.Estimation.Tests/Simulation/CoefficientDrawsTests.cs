using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Simulation;

namespace Caravan.Estimation.Tests.Simulation;

/// <summary>
/// Stored coefficient draws (the scenario simulator's matrix product) give exactly the numbers of a fresh
/// <see cref="QuantitiesOfInterest.Simulate"/> with the same options (tolerance 0: same draws, same arithmetic order),
/// and a changed scenario or seed changes them.
/// </summary>
public sealed class CoefficientDrawsTests
{
    private static Frame Data()
    {
        const int n = 400;
        var x = new double[n];
        var z = new double[n];
        var y = new double[n];
        var state = 12345u;
        double Next()
        {
            state = (state * 1664525u) + 1013904223u;
            return state / 4294967296.0;
        }

        for (var i = 0; i < n; i++)
        {
            x[i] = (Next() * 4) - 2;
            z[i] = Next() < 0.4 ? 1 : 0;
            var p = 1 / (1 + Math.Exp(-(-0.5 + (0.8 * x[i]) - (0.7 * z[i]))));
            y[i] = Next() < p ? 1 : 0;
        }

        return new Frame([new NumericColumn("y", y), new NumericColumn("x", x), new NumericColumn("z", z)]);
    }

    [Fact]
    public void Stored_draws_reproduce_QuantitiesOfInterest_exactly()
    {
        var fit = Fit.Logit(Data(), "y ~ x + z");
        var options = new SimulationOptions(Draws: 300, Seed: 99);
        var x0 = Scenario.Set(("x", 0.5), ("z", 0));
        var x1 = Scenario.Set(("x", 0.5), ("z", 1));
        var fresh = QuantitiesOfInterest.Simulate(fit, x0, x1, options);
        var stored = CoefficientDraws.Draw(fit, options);
        var once = stored.Simulate(x0, x1);
        var again = stored.Simulate(x0, x1);
        Assert.Equal(fresh.ExpectedValue.Draws, once.ExpectedValue.Draws);
        Assert.Equal(fresh.FirstDifference!.Draws, once.FirstDifference!.Draws);
        Assert.Equal(fresh.ExpectedValue.Lower, once.ExpectedValue.Lower);
        Assert.Equal(fresh.FirstDifference.Upper, once.FirstDifference.Upper);
        Assert.Equal(once.ExpectedValue.Draws, again.ExpectedValue.Draws);
        Assert.Equal(300, stored.Count);
        Assert.Equal(3, stored.Terms);
    }

    [Fact]
    public void A_changed_scenario_or_seed_changes_the_result()
    {
        var fit = Fit.Logit(Data(), "y ~ x + z");
        var stored = CoefficientDraws.Draw(fit, new SimulationOptions(Draws: 200, Seed: 1));
        var a = stored.Simulate(Scenario.Set(("x", 0.0), ("z", 0)));
        var b = stored.Simulate(Scenario.Set(("x", 1.0), ("z", 0)));
        Assert.True(b.ExpectedValue.Mean > a.ExpectedValue.Mean); // positive slope on x
        var other = CoefficientDraws.Draw(fit, new SimulationOptions(Draws: 200, Seed: 2)).Simulate(Scenario.Set(("x", 0.0), ("z", 0)));
        Assert.NotEqual(a.ExpectedValue.Draws, other.ExpectedValue.Draws);
        // The mean of the inverse link over draws is near the point prediction (the draws are centred on β̂).
        var eta = fit.Estimates[0];
        Assert.InRange(a.ExpectedValue.Median, (1 / (1 + Math.Exp(-eta))) - 0.03, (1 / (1 + Math.Exp(-eta))) + 0.03);
    }

    [Fact]
    public void Bad_options_and_rows_are_clear_errors()
    {
        var fit = Fit.Logit(Data(), "y ~ x + z");
        Assert.Contains("at least 2 draws", Assert.Throws<EstimationException>(() => CoefficientDraws.Draw(fit, new SimulationOptions(Draws: 1))).Message, StringComparison.Ordinal);
        var stored = CoefficientDraws.Draw(fit, new SimulationOptions(Draws: 10));
        Assert.Contains("wrong length", Assert.Throws<EstimationException>(() => stored.ExpectedValues([1, 2])).Message, StringComparison.Ordinal);
    }
}
