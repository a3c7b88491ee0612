using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Peace-years (peacesciencer's add_spells on the ongoing MID, Beck-Katz-Tucker counting): within a dyad's run of
/// consecutive panel years, the count is 0 in the first observed year (left-censored at system entry or the first
/// year of the MID data) and in the year after any year with an ongoing dispute, and otherwise the previous count + 1
/// (so a dispute year carries the count of peaceful years before it). Missing where the MID data are missing.
/// </summary>
internal sealed class PeaceYearsStep : PanelStep
{
    public override string Name => "peaceyears";

    public override string Title => "Peace-years since the last MID";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["gml_mid_ddydisps", "cow_mid_ddydisps"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => [MidSources.For(spec.Mids).Table];

    public override StepResult Build(StepContext context)
    {
        var (table, p, _, ongoing, label) = MidSources.For(context.Spec.Mids);
        var (first, last) = context.YearSpan(table);
        var dyad = string.Join(", ", context.Keys.Where(k => k != "year"));
        var sql = $"""
            WITH e AS (
              SELECT u.rid, {string.Join(", ", context.Keys.Select(k => "u." + k))}, CASE WHEN m.{ongoing} IS NOT NULL THEN 1 ELSE 0 END AS ev
              FROM {context.Universe} u
              LEFT JOIN (SELECT DISTINCT ccode1, ccode2, year, {ongoing} FROM {table} WHERE {ongoing} = 1) m
                ON m.ccode1 = u.ccode1 AND m.ccode2 = u.ccode2 AND m.year = u.year
              WHERE u.year BETWEEN {first} AND {last} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL),
            r AS (SELECT *, year - row_number() OVER (PARTITION BY {dyad} ORDER BY year) AS run FROM e),
            s AS (SELECT *, min(year) OVER (PARTITION BY {dyad}, run) AS run_start,
                    max(CASE WHEN ev = 1 THEN year END) OVER (PARTITION BY {dyad}, run ORDER BY year ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_ev
                  FROM r)
            SELECT {context.KeySelect}, CASE WHEN s.last_ev IS NULL THEN s.year - s.run_start ELSE s.year - s.last_ev - 1 END AS {p}spell
            FROM {context.Universe} u LEFT JOIN s ON s.rid = u.rid
            """;
        var entries = new[]
        {
            new CodebookEntry(p + "spell", $"Peace-years: consecutive years without an ongoing MID before this year ({label}; reset the year after any year with an ongoing dispute; 0 at system entry or at {first}, left-censored)", "years", table, context.Cite(table)),
        };
        var notes = new List<string> { $"Peace-years ({p}spell) count from {first} or the dyad's entry (left-censored), reset after any year with an ongoing MID (peacesciencer convention)." };
        if (context.Spec.Years.Last > last)
        {
            notes.Add($"Peace-years are missing after {last}, the last year of the {label} data.");
        }

        return new StepResult(sql, entries, notes);
    }
}
