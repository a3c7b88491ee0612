namespace Caravan.Analysis.CentralAsia;

/// <summary>One China–Central Asia dyad-year of trade, dependence and institutional ties (US$ millions, current).</summary>
/// <param name="Dyad">The dyad.</param>
/// <param name="Year">Year.</param>
/// <param name="ChinaReported">China's exports to + imports from the CA state, as China reports them (IMF DOTS).</param>
/// <param name="PartnerReported">The CA state's exports to + imports from China, as it reports them (IMF DOTS; national statistics after 2020).</param>
/// <param name="Reconciled">Panel's reconciled trade (importer CIF preferred, else exporter FOB × 1.10).</param>
/// <param name="MirrorGap">(ChinaReported − PartnerReported) / mean of the two.</param>
/// <param name="GdpChina">China's GDP (WDI, current US$ m).</param>
/// <param name="GdpPartner">The CA state's GDP.</param>
/// <param name="DependenceChina">Reconciled trade / China's GDP.</param>
/// <param name="DependencePartner">Reconciled trade / the CA state's GDP.</param>
/// <param name="Sco">Both SCO full members (COW IGO, to 2014; NaN after).</param>
/// <param name="SharedIgos">Shared IGO memberships (to 2014).</param>
/// <param name="TradeSource">Where the reconciled value came from (e.g. dots_importer_cif, national_KAZ_imports_cif).</param>
/// <param name="MirrorFlag">True when the two reports differ by more than <see cref="MirrorCheck.Bound"/> (ratio of the larger to the smaller).</param>
/// <param name="ReconciledPanel">The panel's reconciled value before <see cref="MirrorCheck"/> (equal to <see cref="Reconciled"/> unless flagged).</param>
public sealed record DyadYearTrade(
    FocusDyad Dyad,
    int Year,
    double ChinaReported,
    double PartnerReported,
    double Reconciled,
    double MirrorGap,
    double GdpChina,
    double GdpPartner,
    double DependenceChina,
    double DependencePartner,
    double Sco,
    double SharedIgos,
    string? TradeSource,
    bool MirrorFlag = false,
    double ReconciledPanel = double.NaN)
{
    /// <summary>The larger report over the smaller (NaN unless both are positive).</summary>
    public double MirrorRatio => ChinaReported > 0 && PartnerReported > 0
        ? Math.Max(ChinaReported, PartnerReported) / Math.Min(ChinaReported, PartnerReported)
        : double.NaN;

    /// <summary>Dependence asymmetry: the CA state's dependence minus China's (positive = the CA state is the more vulnerable).</summary>
    public double Asymmetry => DependencePartner - DependenceChina;
}
