using System.Globalization;
using Caravan.Estimation.Simulation;
using Caravan.Reporting.Tables;

namespace Caravan.Reporting.Tests.Tables;

public sealed class SimulationTableRendererTests
{
    private static SimulationResult Simulate()
    {
        var d = TableFixtures.Data();
        var fit = Estimation.Fit.Firth(d, "b ~ x_1 + z");
        return QuantitiesOfInterest.Simulate(fit, Scenario.Set(("x_1", 0)), Scenario.Set(("x_1", 1)), new SimulationOptions(Draws: 500, Seed: 7));
    }

    [Fact]
    public void Every_format_lists_the_four_quantities_with_the_numbers()
    {
        var r = Simulate();
        var fd = r.FirstDifference!.Mean.ToString("F4", CultureInfo.InvariantCulture);
        foreach (var f in new[] { TableFormat.Text, TableFormat.Markdown, TableFormat.Latex, TableFormat.Html })
        {
            var s = SimulationTableRenderer.Render(r, f);
            Assert.Contains(fd, s, StringComparison.Ordinal);
            Assert.Contains("500 draws", s, StringComparison.Ordinal);
            Assert.Contains("seed 7", s, StringComparison.Ordinal);
            Assert.Contains(f == TableFormat.Latex ? @"95\% lower" : "95% lower", s, StringComparison.Ordinal);
        }

        Assert.Contains("E(Y|X1) / E(Y|X)", SimulationTableRenderer.Render(r, TableFormat.Text), StringComparison.Ordinal);
        Assert.Contains(@"E(Y\|X1) / E(Y\|X)", SimulationTableRenderer.Render(r, TableFormat.Markdown), StringComparison.Ordinal);
        var csv = SimulationTableRenderer.Render(r, TableFormat.Csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, csv.Length);
        Assert.Equal(r.RiskRatio!.Upper, double.Parse(csv[4].Split(',')[5], CultureInfo.InvariantCulture));
    }
}
