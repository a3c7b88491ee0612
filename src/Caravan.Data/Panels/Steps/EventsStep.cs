using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Event data. ICEWS (netify directed dyad-year quad counts, 2002-2014) for both directions; missing where the dyad-year
/// is not in the shipped extract. GDELT 2.0 country-pair daily scores (2018-2024, pairs with China or a Central Asian
/// state): yearly sum over the days the GDELT graph is present, the number of present days and their share of the
/// year, so a day without data is never read as a day without events (a present day without an edge counts as 0).
/// </summary>
internal sealed class EventsStep : PanelStep
{
    public override string Name => "events";

    public override string Title => "Events (ICEWS quad counts, GDELT yearly scores)";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["icews_quad", "gdelt_daily", "gdelt_days"];

    public override StepResult Build(StepContext context)
    {
        var shipped = BuildShipped(context);
        if (context.Spec.EventStore is not { } dir)
        {
            return shipped;
        }

        var extra = EventStoreColumns.Build(context, dir);
        var sql = $"SELECT s.*, {extra.Select} FROM ({shipped.Sql}) s JOIN {context.Universe} u ON u.{PanelKeys.RowId} = s.{PanelKeys.RowId} {extra.Joins}";
        return new StepResult(sql, [.. shipped.Columns, .. extra.Codebook], [.. shipped.Notes, extra.Note]) { ExtraSources = shipped.ExtraSources };
    }

    private static StepResult BuildShipped(StepContext context)
    {
        var (gf, gl) = context.YearSpan("gdelt_days", "year(date)");
        var sql = $"""
            WITH days AS (
              SELECT year(date) AS year, count(DISTINCT date) AS present,
                     CASE WHEN year(date) % 4 = 0 AND (year(date) % 100 <> 0 OR year(date) % 400 = 0) THEN 366 ELSE 365 END AS in_year
              FROM gdelt_days GROUP BY ALL),
            focus AS (SELECT DISTINCT iso3_a AS iso3 FROM gdelt_daily),
            g AS (
              SELECT least(iso3_a, iso3_b) AS x, greatest(iso3_a, iso3_b) AS y, year(d.date) AS year,
                     sum(d.edge_score) AS score, count(DISTINCT d.date) AS edge_days
              FROM gdelt_daily d JOIN gdelt_days p ON p.date = d.date
              GROUP BY ALL)
            SELECT {context.KeySelect},
              a.verb_coop AS icews_verbcoop12, a.matl_coop AS icews_matlcoop12, a.verb_conf AS icews_verbconf12, a.matl_conf AS icews_matlconf12,
              b.verb_coop AS icews_verbcoop21, b.matl_coop AS icews_matlcoop21, b.verb_conf AS icews_verbconf21, b.matl_conf AS icews_matlconf21,
              CASE WHEN gd.present > 0 AND (f1.iso3 IS NOT NULL OR f2.iso3 IS NOT NULL) THEN coalesce(g.score, 0) END AS gdelt_score_sum,
              CASE WHEN gd.present > 0 AND (f1.iso3 IS NOT NULL OR f2.iso3 IS NOT NULL) THEN coalesce(g.edge_days, 0) END AS gdelt_edge_days,
              CASE WHEN gd.present > 0 AND (f1.iso3 IS NOT NULL OR f2.iso3 IS NOT NULL) THEN gd.present END AS gdelt_days_present,
              CASE WHEN gd.present > 0 AND (f1.iso3 IS NOT NULL OR f2.iso3 IS NOT NULL) THEN gd.present / gd.in_year END AS gdelt_coverage
            FROM {context.Universe} u
            LEFT JOIN icews_quad a ON a.i_iso3 = u.iso3_1 AND a.j_iso3 = u.iso3_2 AND a.year = u.year
            LEFT JOIN icews_quad b ON b.i_iso3 = u.iso3_2 AND b.j_iso3 = u.iso3_1 AND b.year = u.year
            LEFT JOIN days gd ON gd.year = u.year
            LEFT JOIN focus f1 ON f1.iso3 = u.iso3_1
            LEFT JOIN focus f2 ON f2.iso3 = u.iso3_2
            LEFT JOIN g ON g.x = least(u.iso3_1, u.iso3_2) AND g.y = greatest(u.iso3_1, u.iso3_2) AND g.year = u.year
            """;
        var ic = context.Cite("icews_quad");
        var gc = context.Cite("gdelt_daily");
        var entries = new List<CodebookEntry>();
        foreach (var (dir, from, to) in new[] { ("12", "1", "2"), ("21", "2", "1") })
        {
            entries.Add(new($"icews_verbcoop{dir}", $"ICEWS verbal cooperation events, source state {from} to target state {to}, in the year; missing = dyad-year not in the extract", "count", "icews_quad", ic));
            entries.Add(new($"icews_matlcoop{dir}", $"ICEWS material cooperation events, {from} to {to}", "count", "icews_quad", ic));
            entries.Add(new($"icews_verbconf{dir}", $"ICEWS verbal conflict events, {from} to {to}", "count", "icews_quad", ic));
            entries.Add(new($"icews_matlconf{dir}", $"ICEWS material conflict events, {from} to {to}", "count", "icews_quad", ic));
        }

        entries.Add(new("gdelt_score_sum", "Sum of the GDELT 2.0 daily country-pair (Goldstein-type) edge scores over the days the GDELT graph is present in the year (undirected pair; a present day without an edge adds 0); missing unless one side is China or a Central Asian state", "score", "gdelt_daily; gdelt_days", gc));
        entries.Add(new("gdelt_edge_days", "Number of present days on which the pair has an edge", "days", "gdelt_daily", gc));
        entries.Add(new("gdelt_days_present", "Number of days in the year for which the GDELT graph is present at all", "days", "gdelt_days", gc));
        entries.Add(new("gdelt_coverage", "Share of the year's days present in the GDELT graph (days present / days in year): a missing day is unknown, not peaceful", "share 0-1", "gdelt_days", gc));
        var notes = new List<string>
        {
            "ICEWS counts (2002-2014) are missing for dyad-years outside the shipped extract (dyads with China or a Central Asian state).",
            $"GDELT yearly scores ({gf}-{gl}) are sums over the days present; compare years only together with gdelt_coverage ({gl} is partial).",
        };
        return new StepResult(sql, entries, notes);
    }
}
