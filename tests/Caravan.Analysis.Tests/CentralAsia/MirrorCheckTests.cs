using Caravan.Analysis.CentralAsia;

namespace Caravan.Analysis.Tests.CentralAsia;

/// <summary>The mirror-statistics rule on constructed series whose answer is known.</summary>
public class MirrorCheckTests
{
    private static readonly FocusDyad Uzb = FocusDyad.Parse("UZB");

    private static DyadYearTrade Row(int year, double china, double partner, double reconciled) =>
        new(Uzb, year, china, partner, reconciled, (china - partner) / ((china + partner) / 2), 1_000_000, 10_000,
            reconciled / 1_000_000, reconciled / 10_000, 1, 20, "dots_importer_cif");

    /// <summary>
    /// China–Uzbekistan 2000 as in the data: China 51, Uzbekistan 2,301, panel reconciled 1,123. Neighbours 1999 (43) and
    /// 2003 (1,480, ratio 6.3 &lt; 10, unflagged): log-linear interpolation for 2000 = 43·(1480/43)^(1/4) = 104.15; the median
    /// of (51, 2,301, 104.15) is 104.15. For 2001: 43·(1480/43)^(2/4) = 252.3; median of (58, 2,312, 252.3) = 252.3.
    /// </summary>
    [Fact]
    public void An_order_of_magnitude_gap_is_flagged_and_no_single_report_sets_the_value()
    {
        var rows = new[]
        {
            Row(1999, 40.3, 41.9, 43.0), Row(2000, 51.5, 2300.8, 1122.9), Row(2001, 58.4, 2312.3, 1128.5), Row(2003, 346.5, 2184.1, 1480.0),
        };
        var result = MirrorCheck.Apply(rows).ToDictionary(r => r.Year);
        Assert.False(result[1999].MirrorFlag);
        Assert.False(result[2003].MirrorFlag); // 6.3 < 10
        Assert.True(result[2000].MirrorFlag);
        var expected2000 = Math.Exp(Math.Log(43.0) + ((Math.Log(1480.0) - Math.Log(43.0)) / 4));
        Assert.Equal(expected2000, result[2000].Reconciled, 9);
        Assert.Equal(104.15, result[2000].Reconciled, 2);
        Assert.Equal(1122.9, result[2000].ReconciledPanel);
        Assert.Equal(expected2000 / 10_000, result[2000].DependencePartner, 12); // dependence recomputed
        Assert.Equal(Math.Sqrt(43.0 * 1480.0), result[2001].Reconciled, 9);
        Assert.Equal("mirror_rule_median3", result[2001].TradeSource);
        Assert.Equal(1480.0, result[2003].Reconciled); // unflagged years untouched
    }

    /// <summary>When the neighbours agree with one report, the median picks that report (Kyrgyzstan 2008: 9,335 vs 773; neighbours ≈ 602).</summary>
    [Fact]
    public void The_report_consistent_with_the_dyads_history_wins()
    {
        var rows = new[] { Row(2007, 3779.6, 465.0, 545.7), Row(2008, 9335.1, 772.6, 849.4), Row(2009, 5275.7, 636.6, 665.4) };
        var r2008 = MirrorCheck.Apply(rows).Single(r => r.Year == 2008);
        Assert.True(r2008.MirrorFlag);
        Assert.Equal(772.6, r2008.Reconciled, 9); // median(9335.1, 772.6, 602.6)
        Assert.Equal(3, MirrorCheck.Median3(1, 3, 5));
        Assert.Equal(3, MirrorCheck.Median3(5, 1, 3));
    }
}
