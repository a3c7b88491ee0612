using Caravan.Core.Frames;

namespace Caravan.Indicators.Tests;

public class FrameColumnsTests
{
    private static Frame Dyads() => new([
        new NumericColumn("trade", [20313.596626, double.NaN]),
        new NumericColumn("gdp1", [6087191.746679, 100]),
        new NumericColumn("gdp2", [148047.348241, 100]),
    ]);

    [Fact]
    public void Adds_dependence_columns_and_keeps_missing_missing()
    {
        var f = TradeDependence.AddColumns(Dyads(), "trade", "gdp1", "gdp2");
        Assert.Equal(20313.596626 / 6087191.746679, f.Numeric("dep1").Values[0], 15);
        Assert.True(double.IsNaN(f.Numeric("dep_min").Values[1]));
    }

    [Fact]
    public void Missing_column_names_the_column_and_how_to_get_it()
    {
        var e = Assert.Throws<IndicatorInputException>(() => TradeDependence.AddColumns(Dyads(), "trade", "gdp1", "gdp_b"));
        Assert.Contains("'gdp_b'", e.Message);
        Assert.Contains("GDP", e.Message);
    }

    [Fact]
    public void Negative_trade_names_the_row()
    {
        var f = new Frame([new NumericColumn("trade", [1, -5]), new NumericColumn("gdp1", [1, 1]), new NumericColumn("gdp2", [1, 1])]);
        var e = Assert.Throws<IndicatorInputException>(() => TradeDependence.AddColumns(f, "trade", "gdp1", "gdp2"));
        Assert.Contains("Row 1", e.Message);
    }

    [Fact]
    public void Share_above_one_is_an_inconsistency_error()
    {
        Assert.Throws<IndicatorInputException>(() => SalienceSymmetry.Share(10, 5));
    }

    [Fact]
    public void Peace_years_follow_btscs()
    {
        var py = PeaceMeasures.PeaceYears([1990, 1991, 1992, 1993, 1994], [0, 0, 1, 0, 0]);
        Assert.Equal([0, 1, 2, 0, 1], py);
        Assert.Equal(1.0, PeaceMeasures.FatalOnset(1, 1));
        Assert.Equal(0.0, PeaceMeasures.FatalOnset(1, 0));
        Assert.True(double.IsNaN(PeaceMeasures.FatalOnset(1, -9)));
    }
}
