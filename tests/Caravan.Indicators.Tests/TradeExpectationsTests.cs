namespace Caravan.Indicators.Tests;

public class TradeExpectationsTests
{
    /// <summary>
    /// Dependence growing at exactly 10% a year in logs (d_t = 0.01·e^{0.1 t}): the trend is 0.1,
    /// E = 3·0.1 + 0.2·(0.5·1 + 0.5·tanh(30/30)) + 0 = 0.3 + 0.2·(0.5 + 0.5·0.761594156) = 0.476159416.
    /// </summary>
    [Fact]
    public void Exponential_growth_gives_its_rate_and_the_documented_index()
    {
        int[] years = [2000, 2001, 2002, 2003, 2004];
        var dep = years.Select(y => 0.01 * Math.Exp(0.1 * (y - 2000))).ToArray();
        var v = TradeExpectations.ComputeSeries(years, dep, [1, 1, 1, 1, 1], [30, 30, 30, 30, 30], null, TradeExpectationsOptions.Default);
        Assert.True(double.IsNaN(v[0].Trend) && double.IsNaN(v[1].Trend)); // fewer than 3 years
        Assert.Equal(0.1, v[4].Trend, 12);
        Assert.Equal(0.476159416, v[4].Expectations, 8);
        Assert.Equal(dep[4] * Math.Exp(0.476159416), v[4].ExpectedDependence, 10);
    }

    [Fact]
    public void A_shock_enters_additively_and_growth_is_capped()
    {
        int[] years = [2000, 2001, 2002];
        double[] dep = [0.001, 0.01, 0.1]; // ln grows 2.30/yr → capped at 0.5
        var v = TradeExpectations.ComputeSeries(years, dep, [0, 0, 0], [0, 0, 0], [0, 0, -0.5], TradeExpectationsOptions.Default);
        Assert.Equal(0.5, v[2].Trend, 12);
        Assert.Equal(3 * 0.5 - 0.5, v[2].Expectations, 12);
    }

    [Fact]
    public void Bad_options_and_bad_sco_are_clear_errors()
    {
        Assert.Throws<IndicatorInputException>(() => new TradeExpectationsOptions(ScoWeight: 0.7).Validate());
        var e = Assert.Throws<IndicatorInputException>(() => TradeExpectations.CommitmentSignal(2, 0, TradeExpectationsOptions.Default));
        Assert.Contains("SCO", e.Message);
    }
}
