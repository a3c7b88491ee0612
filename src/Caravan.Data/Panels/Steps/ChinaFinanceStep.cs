using System.Globalization;
using Caravan.Core.Countries;
using Caravan.Core.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// For dyads with China (COW 710) on one side, Chinese money going to the other side ("partner"): AidData's Global
/// Chinese Development Finance (commitments by recipient-year, 2000-2021; 0 in those years when none is recorded),
/// AEI's China Global Investment Tracker (deals of US$100m+ by host country-year; 0 in its years when none), and FDI
/// inflows from China as published by the host (UNCTAD bilateral FDI 2001-2012; National Bank of Kazakhstan via wiiw
/// 2003-2021); missing for other dyads and outside each source's years.
/// </summary>
internal sealed class ChinaFinanceStep : PanelStep
{
    public const int China = 710;

    public override string Name => "china";

    public override string Title => "Chinese finance, investment and FDI (dyads with China)";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["aiddata_gcdf_cow", "aei_cgit", "unctad_fdi_by_origin", "kaz_fdi_by_partner"];

    public override StepResult Build(StepContext context)
    {
        var notes = new List<string>();
        var aeiMap = AeiCountries(context.Store, notes);
        var (af, al) = context.YearSpan("aiddata_gcdf_cow");
        var (ef, el) = context.YearSpan("aei_cgit");
        var partner = $"CASE WHEN u.ccode1 = {China} THEN u.ccode2 WHEN u.ccode2 = {China} THEN u.ccode1 END";
        var partnerIso = $"CASE WHEN u.ccode1 = {China} THEN u.iso3_2 WHEN u.ccode2 = {China} THEN u.iso3_1 END";
        var ctes = $"""
            p AS (SELECT u.rid, u.year, {partner} AS partner, {partnerIso} AS piso FROM sub u),
            aei AS (
              SELECT m.ccode, a.year, sum(a.value_musd) AS musd, count(*) AS deals
              FROM aei_cgit a JOIN {CaravanStore.Quote(aeiMap)} m ON m.country = a.country AND m.year = a.year
              GROUP BY ALL),
            unctad AS (SELECT host_iso3, year, value_musd FROM unctad_fdi_by_origin WHERE partner = 'China'),
            nbk AS (SELECT year, value FROM kaz_fdi_by_partner WHERE partner_code = 'CN' AND measure = 'inflow' AND unit = 'EUR m')
            """;
        var body = $"""
            SELECT p.rid,
              CASE WHEN p.partner IS NOT NULL AND p.year BETWEEN {af} AND {al} THEN coalesce(ad.oda_amt, 0) END AS cn_oda_usd,
              CASE WHEN p.partner IS NOT NULL AND p.year BETWEEN {af} AND {al} THEN coalesce(ad.oof_amt, 0) END AS cn_oof_usd,
              CASE WHEN p.partner IS NOT NULL AND p.year BETWEEN {af} AND {al} THEN coalesce(ad.vof_amt, 0) END AS cn_vof_usd,
              CASE WHEN p.partner IS NOT NULL AND p.year BETWEEN {ef} AND {el} THEN coalesce(ae.musd, 0) END AS cn_aei_invest_musd,
              CASE WHEN p.partner IS NOT NULL AND p.year BETWEEN {ef} AND {el} THEN coalesce(ae.deals, 0) END AS cn_aei_deals,
              un.value_musd AS cn_fdi_unctad_musd,
              nb.value AS cn_fdi_nbk_eurm
            FROM p
            LEFT JOIN aiddata_gcdf_cow ad ON ad.ccode = p.partner AND ad.year = p.year
            LEFT JOIN aei ae ON ae.ccode = p.partner AND ae.year = p.year
            LEFT JOIN unctad un ON un.host_iso3 = p.piso AND un.year = p.year
            LEFT JOIN nbk nb ON p.piso = 'KAZ' AND nb.year = p.year
            """;
        var who = "the non-China side of a dyad with China";
        var entries = new List<CodebookEntry>
        {
            new("cn_oda_usd", $"Chinese ODA-like commitments to {who} (AidData GCDF 3.0), constant 2021 US$; 0 = none recorded in {af}-{al}", "US$, constant 2021", "aiddata_gcdf_cow", context.Cite("aiddata_gcdf_cow")),
            new("cn_oof_usd", $"Chinese other official flows (OOF-like) committed to {who} (AidData GCDF 3.0), constant 2021 US$", "US$, constant 2021", "aiddata_gcdf_cow", context.Cite("aiddata_gcdf_cow")),
            new("cn_vof_usd", $"Chinese vague official finance committed to {who} (AidData GCDF 3.0), constant 2021 US$", "US$, constant 2021", "aiddata_gcdf_cow", context.Cite("aiddata_gcdf_cow")),
            new("cn_aei_invest_musd", $"Chinese investment (deals of US$100m+) in {who}, AEI China Global Investment Tracker; 0 = no deal recorded in {ef}-{el}", "US$ millions, current", "aei_cgit", context.Cite("aei_cgit")),
            new("cn_aei_deals", "Number of AEI-tracked Chinese investment deals in the partner in the year", "count", "aei_cgit", context.Cite("aei_cgit")),
            new("cn_fdi_unctad_musd", "FDI inflows from China into the partner as reported by the host (UNCTAD bilateral FDI, Kazakhstan/Kyrgyzstan/Tajikistan 2001-2012); missing where not published", "US$ millions, current", "unctad_fdi_by_origin", context.Cite("unctad_fdi_by_origin")),
            new("cn_fdi_nbk_eurm", "FDI inflows from China into Kazakhstan (National Bank of Kazakhstan via wiiw, 2003-2021, directional principle from 2013)", "EUR millions", "kaz_fdi_by_partner", context.Cite("kaz_fdi_by_partner")),
        };
        notes.Add("Chinese finance/investment/FDI columns are filled only for dyads with China (710) and describe flows from China to the other side.");
        // Every column is missing unless one side is China: only dyads with China are evaluated.
        var sql = context.OnlyWhere($"u.ccode1 = {China} OR u.ccode2 = {China}", ctes, body, entries.Select(e => e.Variable));
        return new StepResult(sql, entries, notes);
    }

    /// <summary>AEI host-country names → COW codes (year-aware); unresolved names (regions, territories) are noted.</summary>
    private static string AeiCountries(CaravanStore store, List<string> notes)
    {
        var rows = new List<(string Country, int Year)>();
        store.Query("SELECT DISTINCT country, year FROM aei_cgit WHERE country IS NOT NULL",
            r => rows.Add((r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture))));
        var table = store.NewTempName("aei_countries");
        store.Execute($"CREATE TEMP TABLE {CaravanStore.Quote(table)} (country VARCHAR, year INTEGER, ccode INTEGER)");
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        using (var appender = store.Connection.CreateAppender(table))
        {
            foreach (var (country, year) in rows)
            {
                try
                {
                    if (CountryCodes.TryResolve(country, year, out var c) && c is not null)
                    {
                        appender.CreateRow().AppendValue(country).AppendValue(year).AppendValue(c.CowCode).EndRow();
                    }
                    else
                    {
                        unresolved.Add(country);
                    }
                }
                catch (UnknownCountryException)
                {
                    unresolved.Add(country);
                }
            }
        }

        if (unresolved.Count > 0)
        {
            notes.Add($"AEI host names without a COW state (not counted): {string.Join(", ", unresolved)}.");
        }

        return table;
    }
}
