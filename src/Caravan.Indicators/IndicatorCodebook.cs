using Caravan.Data.Panels;

namespace Caravan.Indicators;

/// <summary>Codebook entries (formula, unit, citation) for every indicator column Caravan adds.</summary>
public static class IndicatorCodebook
{
    private const string OnealRussett = "Oneal, John R. and Bruce M. Russett. 1997. \"The Classical Liberals Were Right.\" International Studies Quarterly 41(2): 267–294.";
    private const string Barbieri = "Barbieri, Katherine. 1996. \"Economic Interdependence: A Path to Peace or a Source of Interstate Conflict?\" Journal of Peace Research 33(1): 29–49.";
    private const string KeohaneNye = "Keohane, Robert O. and Joseph S. Nye. 1977. Power and Interdependence. Boston: Little, Brown.";
    private const string Copeland = "Copeland, Dale C. 2015. Economic Interdependence and War. Princeton: Princeton University Press.";
    private const string Icews = "Boschee, Elizabeth et al. 2015. \"ICEWS Coded Event Data.\" Harvard Dataverse. doi:10.7910/DVN/28075.";
    private const string Gdelt = "Leetaru, Kalev and Philip A. Schrodt. 2013. \"GDELT: Global Data on Events, Location and Tone, 1979–2012.\" ISA Annual Convention.";
    private const string AidData = "Custer, S. et al. 2023. Tracking Chinese Development Finance: An Application of AidData's TUFF 3.0 Methodology. Williamsburg, VA: AidData at William & Mary.";
    private const string Aei = "American Enterprise Institute and The Heritage Foundation. China Global Investment Tracker, Fall 2021 edition (D. Scissors).";
    private const string Mid = "Palmer, Glenn et al. 2022. \"The MID5 Dataset, 2011–2014.\" Conflict Management and Peace Science 39(4): 470–482.";
    private const string Btscs = "Beck, Nathaniel, Jonathan N. Katz and Richard Tucker. 1998. \"Taking Time Seriously.\" American Journal of Political Science 42(4): 1260–1288.";

    public static IReadOnlyList<CodebookEntry> Entries { get; } =
    [
        new(TradeDependence.Dep1, "Trade dependence of state 1 = bilateral trade / GDP of state 1", "fraction", "trade, GDP", OnealRussett),
        new(TradeDependence.Dep2, "Trade dependence of state 2 = bilateral trade / GDP of state 2", "fraction", "trade, GDP", OnealRussett),
        new(TradeDependence.WeakLink, "Weak-link dependence = min(dep1, dep2)", "fraction", "derived", OnealRussett),
        new(TradeDependence.Strong, "Stronger-side dependence = max(dep1, dep2)", "fraction", "derived", OnealRussett),
        new(SalienceSymmetry.Share1, "Trade share of state 1 = bilateral trade / total trade of state 1", "fraction", "trade", Barbieri),
        new(SalienceSymmetry.Share2, "Trade share of state 2 = bilateral trade / total trade of state 2", "fraction", "trade", Barbieri),
        new(SalienceSymmetry.Salience, "Salience = sqrt(share1 × share2)", "fraction", "derived", Barbieri),
        new(SalienceSymmetry.Symmetry, "Symmetry = 1 − |share1 − share2|", "fraction", "derived", Barbieri),
        new(SalienceSymmetry.Interdependence, "Interdependence = salience × symmetry", "fraction", "derived", Barbieri),
        new(PowerAsymmetry.DependenceGap, "Dependence asymmetry = dep1 − dep2", "fraction", "derived", KeohaneNye),
        new(PowerAsymmetry.AbsDependenceGap, "Absolute dependence asymmetry = |dep1 − dep2|", "fraction", "derived", KeohaneNye),
        new(PowerAsymmetry.CapabilityRatio, "Capability ratio = max(CINC) / min(CINC)", "ratio ≥ 1", "COW NMC", KeohaneNye),
        new(PowerAsymmetry.LogCapabilityRatio, "ln(capability ratio)", "log ratio", "COW NMC", KeohaneNye),
        new(PowerAsymmetry.GdpRatio, "GDP ratio = max(GDP) / min(GDP)", "ratio ≥ 1", "GDP", KeohaneNye),
        new(TradeExpectations.Trend, "Capped OLS slope of ln(weak-link dependence) on year over the last 5 years", "log points / year", "derived", Copeland),
        new(TradeExpectations.Commitment, "Commitment signal = 0.5·SCO co-membership + 0.5·tanh(shared IGOs/30)", "0–1", "COW IGO", Copeland),
        new(TradeExpectations.Expectations, "Trade expectations E = 3·trend + 0.2·commitment + scenario shock", "log points", "derived", Copeland),
        new(TradeExpectations.ExpectedDependence, "Expected dependence 3 years ahead = dependence·exp(E)", "fraction", "derived", Copeland),
        new("aid_annual", "Chinese development finance commitments / GDP, that year", "fraction", "AidData GCDF 3.0, GDP", AidData),
        new("aid_cum", "Chinese development finance commitments since 2000 / GDP, that year", "fraction", "AidData GCDF 3.0, GDP", AidData),
        new("aei_<sector>", "Chinese investment (AEI transactions ≥ US$100m) in a sector / GDP", "fraction", "AEI CGIT, GDP", Aei),
        new("mid_onset", "1 if a new MID begins between the two states that year", "0/1", "COW MID 5.0", Mid),
        new("fatal_mid_onset", "1 if a new MID with at least one battle death begins that year", "0/1", "COW MID 5.0", Mid),
        new("peace_years", "Years since the last MID onset (btscs convention)", "years", "derived", Btscs),
        new("net_coop_icews", "ICEWS cooperation − conflict events, both directions; per 1,000 of the two states' events (2002–2014)", "per 1,000 events", "ICEWS", Icews),
        new("net_coop_gdelt", "GDELT sum of daily Goldstein-type edge scores; per 1,000 of the two states' |score| volume (2018–2024; 2015–2017 missing)", "per 1,000 volume", "GDELT 2.0", Gdelt),
    ];
}
