namespace Caravan.Indicators.Tests;

/// <summary>
/// Real rows, China (710) – Kazakhstan (705), 2010, copied from the raw files the data helper curates into data/:
/// <code>
/// IMF DOTS (US$ m), imf-dots/dots_focus_china_centralasia_long.csv:
///   China reports   X_FOB to KAZ 9,279.174381   M_CIF from KAZ 11,034.422245  → trade 20,313.596626
///   Kazakhstan reps X_FOB to CHN 10,121.6191    M_CIF from CHN 3,962.501871   → trade 14,084.120971
///   China  with World: X 1,578,444.204677 + M 1,393,909.267088 = 2,972,353.471765
///   Kazak. with World: X    56,966.857613 + M    23,660.45769  =    80,627.315303
/// WDI GDP current US$ (datasets-gdp/gdp.csv): CHN 6,087,191,746,679.489; KAZ 148,047,348,240.64334
///   → in US$ m: 6,087,191.746679 and 148,047.348241
/// COW NMC v7 CINC (peacesciencer/cow_nmc.csv): CHN 0.20922369, KAZ 0.0031810589
/// COW dyadic trade v4 (peacesciencer/cow_trade_ndy.csv) 705–710: flow1 3,966 + flow2 11,037 = 15,003
/// By hand (each side's own report of the flow):
///   dep_CHN = 20,313.596626 / 6,087,191.746679 = 0.0033371048
///   dep_KAZ = 14,084.120971 /   148,047.348241 = 0.0951325447
///   share_CHN = 20,313.596626 / 2,972,353.471765 = 0.0068341793
///   share_KAZ = 14,084.120971 /    80,627.315303 = 0.1746817554
///   salience = sqrt(0.0068341793 × 0.1746817554) = 0.0345515042
///   symmetry = 1 − |0.0068341793 − 0.1746817554| = 0.8321524239
///   interdependence = 0.0345515042 × 0.8321524239 = 0.0287521179
///   CINC ratio = 0.20922369 / 0.0031810589 = 65.771712; ln = 4.1861898
///   GDP ratio = 6,087,191.746679 / 148,047.348241 = 41.116520
///   COW trade: dep_CHN = 15,003 / 6,087,191.746679 = 0.00246468333; dep_KAZ = 15,003 / 148,047.348241 = 0.10133920113
/// </code>
/// Tolerance: 1e-9 relative (the hand values are printed to 10 significant digits).
/// </summary>
public class ChinaKazakhstan2010
{
    private const double ChinaTrade = 9279.174381 + 11034.422245;
    private const double KazTrade = 10121.6191 + 3962.501871;
    private const double ChinaGdp = 6087191746679.489 / 1e6;
    private const double KazGdp = 148047348240.64334 / 1e6;
    private const double ChinaTotal = 1578444.204677 + 1393909.267088;
    private const double KazTotal = 56966.857613 + 23660.45769;

    private static void Near(double expected, double actual, double rel = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= rel * Math.Abs(expected), $"expected {expected}, got {actual}");

    [Fact]
    public void Dependence_each_side_own_report()
    {
        var v = TradeDependence.Compute(ChinaTrade, ChinaGdp, KazTrade, KazGdp);
        Near(0.0033371048, v.Dependence1, 1e-8);
        Near(0.0951325447, v.Dependence2, 1e-8);
        Near(0.0033371048, v.WeakLink, 1e-8);
        Near(0.0951325447, v.Strong, 1e-8);
    }

    [Fact]
    public void Dependence_on_cow_trade()
    {
        var v = TradeDependence.Compute(3966 + 11037, ChinaGdp, KazGdp);
        Near(0.00246468333, v.Dependence1, 1e-8);
        Near(0.10133920113, v.Dependence2, 1e-8);
    }

    [Fact]
    public void Salience_symmetry_interdependence()
    {
        var v = SalienceSymmetry.Compute(ChinaTrade, ChinaTotal, KazTrade, KazTotal);
        Near(0.0068341793, v.Share1, 1e-8);
        Near(0.1746817554, v.Share2, 1e-8);
        Near(0.0345515042, v.Salience, 1e-8);
        Near(0.8321524239, v.Symmetry, 1e-9);
        Near(0.0287521179, v.Interdependence, 1e-8);
    }

    [Fact]
    public void Power_asymmetry()
    {
        var dep = TradeDependence.Compute(ChinaTrade, ChinaGdp, KazTrade, KazGdp);
        var v = PowerAsymmetry.Compute(dep.Dependence1, dep.Dependence2, 0.20922369, 0.0031810589, ChinaGdp, KazGdp);
        Near(0.0033371048 - 0.0951325447, v.DependenceGap, 1e-8);
        Near(0.0951325447 - 0.0033371048, v.AbsDependenceGap, 1e-8);
        Near(65.771712, v.CapabilityRatio, 1e-7);
        Near(4.1861898, v.LogCapabilityRatio, 1e-7);
        Near(41.116520, v.GdpRatio, 1e-7);
    }
}
