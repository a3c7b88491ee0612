using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// IMF DOTS bilateral trade (1960-2020) for both directed flows of a dyad: the exporter-reported value (exports FOB),
/// the importer-reported mirror value (imports CIF), their IMF-estimate flags, and a reconciled value with a column
/// naming its source. Rule (IMF DOTS / Gleditsch 2002 convention): prefer the importer's CIF report; else the exporter's
/// FOB report × 1.10 (DOTS's standard CIF/FOB factor). For China–Central Asia the reconciled flows are extended past
/// the last DOTS year with the Central Asian national statistics (ca_national_trade), marked as such.
/// </summary>
internal sealed class DotsTradeStep : PanelStep
{
    /// <summary>CIF/FOB factor used when only the exporter's FOB report exists (IMF DOTS convention).</summary>
    public const double CifFobFactor = 1.10;

    private static readonly string[] CentralAsia = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    public override string Name => "dots";

    public override string Title => "IMF DOTS trade (reported, mirror, reconciled)";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["imf_dots", "imf_dots_countries"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("imf_dots");
        var national = context.Store.HasTable("ca_national_trade") && context.Spec.Years.Last > last;
        var factor = CifFobFactor.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ca = string.Join(", ", CentralAsia.Select(c => $"'{c}'"));

        string Reconciled(string flow, string mirror, string reported, string nat) => $"""
            CASE WHEN {mirror} IS NOT NULL THEN {mirror}
                 WHEN {reported} IS NOT NULL THEN {reported} * {factor}
                 {(national ? $"WHEN u.yr > {last} THEN {nat}" : string.Empty)} END AS {flow},
            CASE WHEN {mirror} IS NOT NULL THEN 'dots_importer_cif'
                 WHEN {reported} IS NOT NULL THEN 'dots_exporter_fob_x{factor}'
                 {(national ? $"WHEN u.yr > {last} AND {nat} IS NOT NULL THEN {nat}_src" : string.Empty)} END AS {flow}_source
            """;

        // National statistics (only the Central Asian side reports): CA imports from CHN are importer-reported (CIF);
        // CA exports to CHN are exporter-reported (FOB) and get the same x1.10 factor.
        var nationalCte = national
            ? $"""
              , nat AS (
                SELECT reporter_iso3 AS ca, year,
                  sum(CASE WHEN flow = 'import' THEN value_kusd END) / 1000.0 AS imp_from_chn,
                  sum(CASE WHEN flow = 'export' THEN value_kusd END) / 1000.0 * {factor} AS exp_to_chn,
                  any_value(source) AS src
                FROM ca_national_trade WHERE partner_iso3 = 'CHN' AND reporter_iso3 IN ({ca}) AND year > {last}
                GROUP BY ALL)
              """
            : string.Empty;
        var natSelect = national
            ? """
              , CASE WHEN u.iso3_1 = 'CHN' THEN n2.imp_from_chn WHEN u.iso3_2 = 'CHN' THEN n1.exp_to_chn END AS nat12,
                CASE WHEN u.iso3_1 = 'CHN' THEN 'national_' || n2.ca || '_imports_cif' ELSE 'national_' || n1.ca || '_exports_fob_x1.1' END AS nat12_src,
                CASE WHEN u.iso3_1 = 'CHN' THEN n2.exp_to_chn WHEN u.iso3_2 = 'CHN' THEN n1.imp_from_chn END AS nat21,
                CASE WHEN u.iso3_1 = 'CHN' THEN 'national_' || n2.ca || '_exports_fob_x1.1' ELSE 'national_' || n1.ca || '_imports_cif' END AS nat21_src
              """
            : string.Empty;
        var natJoin = national
            ? "LEFT JOIN nat n1 ON n1.ca = u.iso3_1 AND n1.year = u.year AND u.iso3_2 = 'CHN' LEFT JOIN nat n2 ON n2.ca = u.iso3_2 AND n2.year = u.year AND u.iso3_1 = 'CHN'"
            : string.Empty;

        var sql = $"""
            WITH ids AS (
              SELECT dots_id, iso3, 0 AS y0, 9999 AS y1 FROM imf_dots_countries WHERE is_aggregate = 0 AND iso3 IS NOT NULL
              UNION ALL
              SELECT c.dots_id, m.iso3, m.y0, m.y1 FROM imf_dots_countries c
              JOIN (VALUES ('USSR', 'SUN', 0, 1991), ('Czechoslovakia', 'CSK', 0, 1992), ('Eastern Germany', 'DDR', 0, 1990),
                           ('Yugoslavia', 'YUG', 0, 1991), ('Serbia and Montenegro', 'YUG', 1992, 2005),
                           ('Yemen Arab Rep.', 'YEM', 0, 1989), ('Yemen, People''s Dem. Rep. of', 'YMD', 0, 1989)) m(name, iso3, y0, y1)
                ON c.imf_name = m.name),
            -- Each ISO3 as a small integer, so a (reporter, partner, year) triple is one integer key: k1 * 100000 + k2, then year.
            iso AS (SELECT iso3, row_number() OVER (ORDER BY iso3) AS k FROM (SELECT DISTINCT iso3 FROM ids)),
            idk AS (SELECT ids.*, iso.k FROM ids JOIN iso ON iso.iso3 = ids.iso3),
            f AS MATERIALIZED (
              SELECT (r.k * 100000 + p.k) * 10000 + d.year AS key, (p.k * 100000 + r.k) * 10000 + d.year AS mirror_key,
                d.x_fob_musd, d.x_est, d.m_cif_musd, d.m_est
              FROM imf_dots d
              JOIN idk r ON r.dots_id = d.reporter_id AND d.year BETWEEN r.y0 AND r.y1
              JOIN idk p ON p.dots_id = d.partner_id AND d.year BETWEEN p.y0 AND p.y1
              WHERE d.year BETWEEN {StepContext.Int(context.Spec.Years.First)} AND {StepContext.Int(context.Spec.Years.Last)}),
            -- Both directions of a pair on one row (a: state 1 reports on 2; b: state 2 reports on 1), so the universe
            -- is probed once.
            g AS (
              SELECT coalesce(a.key, b.mirror_key) AS key,
                a.x_fob_musd AS exp12_rep_fob, a.x_est AS exp12_rep_est, b.m_cif_musd AS exp12_mirror_cif, b.m_est AS exp12_mirror_est,
                b.x_fob_musd AS exp21_rep_fob, b.x_est AS exp21_rep_est, a.m_cif_musd AS exp21_mirror_cif, a.m_est AS exp21_mirror_est
              FROM f a FULL JOIN f b ON b.key = a.mirror_key)
            {nationalCte},
            v AS (
              SELECT {context.KeySelect}, u.year AS yr,
                g.exp12_rep_fob, g.exp12_rep_est, g.exp12_mirror_cif, g.exp12_mirror_est,
                g.exp21_rep_fob, g.exp21_rep_est, g.exp21_mirror_cif, g.exp21_mirror_est
                {natSelect}
              FROM {context.Universe} u
              LEFT JOIN iso k1 ON k1.iso3 = u.iso3_1
              LEFT JOIN iso k2 ON k2.iso3 = u.iso3_2
              LEFT JOIN g ON g.key = (k1.k * 100000 + k2.k) * 10000 + u.year
              {natJoin})
            SELECT u.rid,
              exp12_rep_fob, exp12_rep_est, exp12_mirror_cif, exp12_mirror_est,
              {Reconciled("exp12", "exp12_mirror_cif", "exp12_rep_fob", "nat12")},
              exp21_rep_fob, exp21_rep_est, exp21_mirror_cif, exp21_mirror_est,
              {Reconciled("exp21", "exp21_mirror_cif", "exp21_rep_fob", "nat21")}
            FROM v u
            """;
        var cite = context.Cite("imf_dots");
        var rule = $"Reconciled: importer-reported CIF if reported, else exporter-reported FOB x {factor} (IMF DOTS CIF/FOB convention){(national ? $"; after {last} for China-Central Asia, the Central Asian national statistics (imports CIF as is, exports FOB x {factor})" : string.Empty)}";
        var entries = new List<CodebookEntry>();
        foreach (var (flow, from, to) in new[] { ("exp12", "1", "2"), ("exp21", "2", "1") })
        {
            entries.Add(new($"{flow}_rep_fob", $"Exports of state {from} to state {to} as reported by the exporter (state {from}), FOB (IMF DOTS); missing = not reported", "US$ millions, current", "imf_dots", cite));
            entries.Add(new($"{flow}_rep_est", $"1 if {flow}_rep_fob is an IMF estimate", "0/1", "imf_dots", cite));
            entries.Add(new($"{flow}_mirror_cif", $"Imports of state {to} from state {from} as reported by the importer (state {to}), CIF: the mirror of {flow}_rep_fob", "US$ millions, current", "imf_dots", cite));
            entries.Add(new($"{flow}_mirror_est", $"1 if {flow}_mirror_cif is an IMF estimate", "0/1", "imf_dots", cite));
            entries.Add(new(flow, $"Trade flow from state {from} to state {to}, reconciled. {rule}", "US$ millions, current (CIF basis)", national ? "imf_dots; ca_national_trade" : "imf_dots", cite));
            entries.Add(new($"{flow}_source", $"Which value {flow} took: dots_importer_cif, dots_exporter_fob_x{factor}, or national_<ISO3>_imports_cif / national_<ISO3>_exports_fob_x1.1 (national statistics, after {last})", "text", "derived", "derived"));
        }

        var notes = new List<string> { $"IMF DOTS covers {first}-{last}. {rule}." };
        if (context.Spec.Years.Last > last)
        {
            notes.Add(national
                ? $"Trade after {last}: only China-Central Asia flows are filled, from the Central Asian national statistics (marked in exp12_source/exp21_source); other dyads are missing."
                : $"Trade after {last} is missing (no DOTS data; the national statistics table ca_national_trade is not in the store).");
        }

        return new StepResult(sql, entries, notes) { ExtraSources = national ? ["ca_national_trade"] : [] };
    }
}
