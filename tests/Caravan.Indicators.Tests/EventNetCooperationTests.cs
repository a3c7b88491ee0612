namespace Caravan.Indicators.Tests;

/// <summary>
/// ICEWS China–Kazakhstan 2002 (icews-netify/icews_dyad_year_quad_focus_2002_2014.csv):
/// <code>
/// China → Kazakhstan: verbCoop 384, matlCoop 3, verbConf 2, matlConf 0
/// Kazakhstan → China: verbCoop 387, matlCoop 2, verbConf 6, matlConf 0
/// China as source, all partners, 2002: 27,904 events; Kazakhstan: 3,440 events
/// net = (384+3+387+2) − (2+0+6+0) = 776 − 8 = 768; verbal = 771 − 8 = 763; material = 5 − 0 = 5
/// normalised = 1000 · 768 / (27,904 + 3,440) = 24.502297090
/// </code>
/// </summary>
public class EventNetCooperationTests
{
    [Fact]
    public void Icews_china_kazakhstan_2002_by_hand()
    {
        var v = EventNetCooperation.Icews(2002, new IcewsQuadCounts(384, 3, 2, 0), new IcewsQuadCounts(387, 2, 6, 0), 27904, 3440);
        Assert.Equal(768, v.Net);
        Assert.Equal(763, v.NetVerbal);
        Assert.Equal(5, v.NetMaterial);
        Assert.Equal(24.502297090, v.Normalised, 8);
        Assert.Equal(EventSource.Icews, v.Source);
    }

    [Fact]
    public void Gap_years_2015_2017_are_missing_not_zero()
    {
        for (var y = 2015; y <= 2017; y++)
        {
            Assert.Null(EventNetCooperation.SourceFor(y));
            var m = EventNetCooperation.Missing(y);
            Assert.True(double.IsNaN(m.Net) && double.IsNaN(m.Normalised));
        }

        Assert.Throws<IndicatorInputException>(() => EventNetCooperation.Icews(2016, IcewsQuadCounts.Zero, IcewsQuadCounts.Zero, 1, 1));
        Assert.Throws<IndicatorInputException>(() => EventNetCooperation.Gdelt(2016, 0, 1, 1, 300));
    }

    [Fact]
    public void Gdelt_coverage_is_days_present_over_days()
    {
        // 2019: 3 missing days of 365 (SOURCES.md, gdelt-graph); CHN–KAZ annual sum 5,523.5.
        var v = EventNetCooperation.Gdelt(2019, 5523.5, 100000, 10000, 362);
        Assert.Equal(362.0 / 365, v.Coverage, 12);
        Assert.Equal(1000 * 5523.5 / 110000, v.Normalised, 10);
        Assert.True(double.IsNaN(EventNetCooperation.Gdelt(2019, 0, 1, 1, 0).Net));
    }
}
