using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;
using Caravan.Analysis.World;
using Caravan.Indicators;

namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// The China–Central Asia dyad-years from 1992 to the latest year with trade data: built with the panel builder
/// (IMF DOTS both reporters, reconciled, extended with the Central Asian national statistics after 2020; IGOs and SCO)
/// and WDI GDP, then trade dependence per side (<see cref="TradeDependence"/>).
/// </summary>
public static class RegionalPanel
{
    public static IReadOnlyList<DyadYearTrade> Build(CaravanStore store, int lastYear, IProgress<string>? progress = null, StudyRegion? region = null)
    {
        var dyads = (region ?? StudyRegion.Default).Dyads;
        var focus = dyads[0].FocusCcode;
        // All of China's dyads (With), filtered to the five below: PanelBuilder.ValidateStates checks a States set against
        // ccode1 alone, and China (710) is ccode2 in every China–Central Asia pair, so States = {701..705, 710} is rejected.
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, lastYear)) { With = new HashSet<int> { focus } };
        progress?.Report($"building the {dyads[0].FocusName}–partner dyad-years 1992-{lastYear}");
        var panel = PanelBuilder.Build(store, spec, ["igos", "dots"]);
        store.RequireTable("wb_gdp", "trade dependence (GDP)");
        var f = store.ReadFrame($"""
            SELECT p.ccode1, p.ccode2, p.year, p.exp12, p.exp21, p.exp12_rep_fob, p.exp21_rep_fob, p.exp12_mirror_cif, p.exp21_mirror_cif,
                   p.exp12_source, p.exp21_source, p.sco_both, p.dyadigos, g1.gdp_usd / 1e6 AS gdp1, g2.gdp_usd / 1e6 AS gdp2
            FROM {CaravanStore.Quote(panel.Table)} p
            LEFT JOIN wb_gdp g1 ON g1.iso3 = p.iso3_1 AND g1.year = p.year
            LEFT JOIN wb_gdp g2 ON g2.iso3 = p.iso3_2 AND g2.year = p.year
            WHERE (p.ccode1 = {focus} OR p.ccode2 = {focus}) AND (p.ccode1 IN ({string.Join(", ", dyads.Select(d => d.Ccode))}) OR p.ccode2 IN ({string.Join(", ", dyads.Select(d => d.Ccode))}))
            ORDER BY p.ccode1, p.year
            """);
        PanelCleanup.Drop(store, panel.Table);
        var national = new Dictionary<(string, int), double>();
        if (store.HasTable("ca_national_trade"))
        {
            // The Central Asian statistical offices' own totals with China (exports + imports, thousand US$ -> US$ m):
            // the partner-reported series after IMF DOTS ends (2020).
            var n = store.ReadFrame(
                "SELECT reporter_iso3, year, sum(value_kusd) / 1000.0 AS v FROM ca_national_trade "
                + $"WHERE partner_iso3 = {CaravanStore.Literal(dyads[0].FocusIso3)} AND flow IN ('export', 'import') GROUP BY ALL HAVING count(*) = 2");
            for (var r = 0; r < n.RowCount; r++)
            {
                national[(n.Text("reporter_iso3").Values[r]!, (int)n.Numeric("year").Values[r])] = n.Numeric("v").Values[r];
            }
        }

        return FromFrame(f, dyads).Select(x => double.IsNaN(x.PartnerReported) && national.TryGetValue((x.Dyad.Iso3, x.Year), out var v)
            ? x with { PartnerReported = v }
            : x).ToArray();
    }

    internal static IReadOnlyList<DyadYearTrade> FromFrame(Frame f, IReadOnlyList<FocusDyad>? dyads = null)
    {
        dyads ??= FocusDyad.All;
        double[] V(string c) => f.Numeric(c).Values;
        var byCode = dyads.ToDictionary(d => d.Ccode);
        var focusCode = dyads[0].FocusCcode;
        var c2 = f.Contains("ccode2") ? f.Numeric("ccode2").Values : null;
        var rows = new List<DyadYearTrade>();
        for (var r = 0; r < f.RowCount; r++)
        {
            // The partner is whichever side is not the focus state; "fp" = focus → partner, "pf" = partner → focus.
            var focusIs2 = c2 is null || (int)c2[r] == focusCode;
            var d = byCode[(int)(focusIs2 ? V("ccode1")[r] : c2![r])];
            string Pf(string col) => focusIs2 ? col.Replace("exp12", "exp12", StringComparison.Ordinal) : col.Replace("exp12", "exp21", StringComparison.Ordinal);
            string Fp(string col) => focusIs2 ? col.Replace("exp21", "exp21", StringComparison.Ordinal) : col.Replace("exp21", "exp12", StringComparison.Ordinal);
            var chinaReported = V(Fp("exp21_rep_fob"))[r] + V(Pf("exp12_mirror_cif"))[r];
            var partnerReported = V(Pf("exp12_rep_fob"))[r] + V(Fp("exp21_mirror_cif"))[r];
            var reconciled = V("exp12")[r] + V("exp21")[r];
            var gap = (chinaReported - partnerReported) / ((chinaReported + partnerReported) / 2);
            var (gdpFocus, gdpPartner) = focusIs2 ? (V("gdp2")[r], V("gdp1")[r]) : (V("gdp1")[r], V("gdp2")[r]);
            var dep = TradeDependence.Compute(reconciled, gdpFocus, gdpPartner);
            rows.Add(new DyadYearTrade(d, (int)V("year")[r], chinaReported, partnerReported, reconciled, gap,
                gdpFocus, gdpPartner, dep.Dependence1, dep.Dependence2, V("sco_both")[r], V("dyadigos")[r],
                f.Text(focusIs2 ? "exp12_source" : "exp21_source").Values[r]));
        }

        return rows;
    }

    /// <summary>The last year in which every one of the five dyads has reconciled trade (used as "the latest year in the data").</summary>
    public static int LatestCommonYear(IReadOnlyList<DyadYearTrade> rows) =>
        rows.Select(x => x.Dyad).Distinct().Min(d => rows.Where(x => x.Dyad == d && double.IsFinite(x.Reconciled)).Select(x => x.Year).DefaultIfEmpty(0).Max());
}
