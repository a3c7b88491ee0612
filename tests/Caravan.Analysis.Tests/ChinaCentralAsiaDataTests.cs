using Caravan.Analysis.CentralAsia;
using Caravan.Data.Store;
using Caravan.Indicators;

namespace Caravan.Analysis.Tests;

/// <summary>The study's China–Central Asia series on the shipped data, against values computed by hand from the raw files.</summary>
public class ChinaCentralAsiaDataTests
{
    /// <summary>
    /// Kazakhstan 2010 (IMF DOTS focus file): China reports X 9,279.174381 + M 11,034.422245 = 20,313.596626;
    /// Kazakhstan reports X 10,121.6191 + M 3,962.501871 = 14,084.120971; mirror gap = 6,229.475655 / 17,198.8587985 = 0.362201...
    /// Kazakhstan 2021 (BNS, thousand US$): exports 9,772,506 + imports 8,228,457 = 18,000,963 → 18,000.963 US$ m.
    /// </summary>
    [Fact]
    public void Trade_both_reporters_and_national_statistics()
    {
        using var store = CaravanStore.Open();
        var rows = RegionalPanel.Build(store, 2023);
        var kaz2010 = rows.Single(r => r.Dyad.Iso3 == "KAZ" && r.Year == 2010);
        Assert.Equal(20313.596626, kaz2010.ChinaReported, 6);
        Assert.Equal(14084.120971, kaz2010.PartnerReported, 6);
        Assert.Equal((20313.596626 - 14084.120971) / ((20313.596626 + 14084.120971) / 2), kaz2010.MirrorGap, 9);
        Assert.Equal(1.0, kaz2010.Sco);
        var kaz2021 = rows.Single(r => r.Dyad.Iso3 == "KAZ" && r.Year == 2021);
        Assert.True(Math.Abs(kaz2021.PartnerReported - 18000.963) < 0.002, $"{kaz2021.PartnerReported}"); // the published figures are rounded to US$ 1,000
        Assert.True(double.IsNaN(kaz2021.ChinaReported)); // DOTS ends in 2020; no China-side figure after
        Assert.True(double.IsNaN(rows.Single(r => r.Dyad.Iso3 == "TKM" && r.Year == 2021).Reconciled)); // no Turkmen statistics
    }

    /// <summary>
    /// ICEWS China–Kazakhstan 2002: net = (384+3+387+2) − (2+0+6+0) = 768 (see the Indicators test for the volumes).
    /// GDELT CHN–KAZ 2018: the year's sum of daily edge scores is 7,864.5 (data/SOURCES.md, gdelt-graph, verified figure).
    /// </summary>
    [Fact]
    public void Event_series_aggregate_the_shipped_event_tables()
    {
        using var store = CaravanStore.Open();
        var events = EventSeries.Build(store);
        var kaz = events.Where(e => e.Dyad.Iso3 == "KAZ").ToDictionary(e => e.Value.Year, e => e.Value);
        Assert.Equal(768, kaz[2002].Net);
        Assert.Equal(24.502297090, kaz[2002].Normalised, 6);
        Assert.Equal(EventSource.Gdelt, kaz[2018].Source);
        Assert.Equal(7864.5, kaz[2018].Net, 1);
        Assert.All(new[] { 2015, 2016, 2017 }, y => Assert.True(double.IsNaN(kaz[y].Net)));
        Assert.InRange(kaz[2024].Coverage, 0.1, 0.2); // 2024 runs to 23 February
    }

    /// <summary>Kyrgyzstan 2002–2003 AidData exposure, by hand in the Indicators FinanceExposureTests: annual 2002 = 0.0049650801, cumulative 2003 = 0.0301230284.</summary>
    [Fact]
    public void Finance_exposure_from_the_shipped_aiddata_and_gdp()
    {
        using var store = CaravanStore.Open();
        var kgz = FinanceSeries.Build(store).Where(f => f.Dyad.Iso3 == "KGZ").ToDictionary(f => f.Aid.Year);
        Assert.Equal(0.0049650801, kgz[2002].Aid.Annual, 9);
        Assert.Equal(0.0301230284, kgz[2003].Aid.Cumulative, 9);
        Assert.Equal(0.0, kgz[2000].Aid.Annual); // covered year without a project
        Assert.All(kgz[2010].InvestmentBySector.Values, v => Assert.False(double.IsNaN(v))); // AEI covers 2005–2021
        Assert.All(kgz[2003].InvestmentBySector.Values, v => Assert.True(double.IsNaN(v))); // before AEI's coverage
    }
}
