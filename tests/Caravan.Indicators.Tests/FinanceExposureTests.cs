using Caravan.Core.Panels;

namespace Caravan.Indicators.Tests;

/// <summary>
/// Kyrgyzstan (703), AidData GCDF 3.0 recipient-year sums (aiddata-gcdf/cow_gcdf_state_year.csv; oof_adj + oda_adj + vof_adj,
/// constant 2021 US$), no row for 2000 (→ 0 inside coverage):
/// <code>
/// 2001: 0 + 49,822,008.294567436 + 0                    = 49.822008 US$ m
/// 2002: 6,039,505.05689398 + 1,932,641.618206068 + 0    =  7.972147 US$ m
/// 2003: 0 + 12,180.3187018926 + 0                       =  0.012180 US$ m
/// WDI GDP (datasets-gdp/gdp.csv): 2002 1,605,643,104.730212; 2003 1,919,008,090.4964125 (current US$)
/// annual 2002 = 7.972147 / 1,605.643105 = 0.0049650801
/// cumulative 2002 = (49.822008 + 7.972147) / 1,605.643105 = 0.0359943968
/// annual 2003 = 0.012180 / 1,919.008090 = 6.3471951e-06
/// cumulative 2003 = 57.806335 / 1,919.008090 = 0.0301230284
/// </code>
/// Tolerance 1e-8 relative.
/// </summary>
public class FinanceExposureTests
{
    private static readonly Dictionary<int, double> Commitments = new()
    {
        [2001] = 49822008.294567436 / 1e6,
        [2002] = (6039505.05689398 + 1932641.618206068) / 1e6,
        [2003] = 12180.3187018926 / 1e6,
    };

    private static readonly Dictionary<int, double> Gdp = new()
    {
        [2000] = 1369688498.0677826 / 1e6,
        [2001] = 1525116370.279392 / 1e6,
        [2002] = 1605643104.730212 / 1e6,
        [2003] = 1919008090.4964125 / 1e6,
    };

    private static void Near(double e, double a) => Assert.True(Math.Abs(e - a) <= 1e-8 * Math.Abs(e), $"expected {e}, got {a}");

    [Fact]
    public void Kyrgyzstan_2001_2003_by_hand()
    {
        var v = FinanceExposure.Compute(Commitments, Gdp, new YearRange(2000, 2021), new YearRange(1999, 2003));
        Assert.True(double.IsNaN(v[0].Annual) && double.IsNaN(v[0].Cumulative)); // 1999: outside coverage, missing not 0
        Assert.Equal(0.0, v[1].Annual); // 2000: covered, no project
        Near(0.0049650801, v[3].Annual);
        Near(0.0359943968, v[3].Cumulative);
        Near(6.3471951e-06, v[4].Annual);
        Near(0.0301230284, v[4].Cumulative);
    }

    [Fact]
    public void Commitment_outside_coverage_is_an_error()
    {
        var bad = new Dictionary<int, double> { [1995] = 1.0 };
        var e = Assert.Throws<IndicatorInputException>(() => FinanceExposure.Compute(bad, Gdp, new YearRange(2000, 2021), new YearRange(2000, 2001)));
        Assert.Contains("1995", e.Message);
    }
}
