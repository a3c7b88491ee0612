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
        var end = Math.Min(last, context.Spec.Years.Last);
        var cowEnd = Convert.ToInt32(context.Store.Scalar("SELECT max(endyear) FROM cow_states"), System.Globalization.CultureInfo.InvariantCulture);
        // The count needs each dyad's history before the panel's first year: rebuild it from the COW membership
        // (MIDs are COW-coded) from the first MID year, whatever years the panel itself covers.
        var membership = Universe.StateMembership.Sql(StateSystem.CorrelatesOfWar, first, Math.Max(end, first), cowEnd);
        var sql = $"""
            WITH m AS ({membership}),
            d AS (SELECT DISTINCT ccode1, ccode2 FROM {context.Universe} WHERE ccode1 IS NOT NULL AND ccode2 IS NOT NULL AND year BETWEEN {first} AND {end}),
            -- Keys packed into integers: dk = ccode1 * 100000 + ccode2 (a dyad), dk * 10000 + year (a dyad-year).
            h AS (
              SELECT d.ccode1::BIGINT * 100000 + d.ccode2 AS dk, a.year FROM d
              JOIN m a ON a.code = d.ccode1
              JOIN m b ON b.code = d.ccode2 AND b.year = a.year
              WHERE a.year BETWEEN {first} AND {end}),
            e AS (
              SELECT h.dk, h.year, CASE WHEN x.k IS NOT NULL THEN 1 ELSE 0 END AS ev
              FROM h LEFT JOIN (
                SELECT DISTINCT (ccode1::BIGINT * 100000 + ccode2) * 10000 + year AS k FROM {table}
                WHERE {ongoing} = 1 AND ccode1 BETWEEN 0 AND 99999 AND ccode2 BETWEEN 0 AND 99999 AND year BETWEEN 0 AND 9999) x
                ON x.k = h.dk * 10000 + h.year),
            -- A count restarts (0) in the first year of a run of consecutive years and in the year after a dispute year;
            -- the count is the years since the latest restart (one sort of the history instead of three).
            r AS (SELECT dk, year,
                    CASE WHEN lag(year) OVER w IS DISTINCT FROM year - 1 OR lag(ev) OVER w = 1 THEN year END AS restart
                  FROM e WINDOW w AS (PARTITION BY dk ORDER BY year)),
            s AS (SELECT dk * 10000 + year AS k, year, max(restart) OVER (PARTITION BY dk ORDER BY year ROWS UNBOUNDED PRECEDING) AS since FROM r)
            SELECT {context.KeySelect}, s.year - s.since AS {p}spell
            FROM {context.Universe} u
            LEFT JOIN s ON s.k = (u.ccode1::BIGINT * 100000 + u.ccode2) * 10000 + u.year
            """;
        var entries = new[]
        {
            new CodebookEntry(p + "spell", $"Peace-years: consecutive years without an ongoing MID before this year ({label}; reset the year after any year with an ongoing dispute; 0 at the dyad's COW system entry or at {first}, left-censored; counted over the dyad's whole history, not only the panel's years)", "years", table, context.Cite(table)),
        };
        var notes = new List<string> { $"Peace-years ({p}spell) count from {first} or the dyad's COW system entry (left-censored) over the dyad's whole history, reset after any year with an ongoing MID (peacesciencer convention)." };
        if (context.Spec.Years.Last > last)
        {
            notes.Add($"Peace-years are missing after {last}, the last year of the {label} data.");
        }

        return new StepResult(sql, entries, notes);
    }
}
