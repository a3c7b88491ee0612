using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Peace-years (peacesciencer's add_peace_years: Beck-Katz-Tucker counting on the ongoing MID, stevemisc::ps_btscs):
/// along a dyad's dyad-years in year order, the count is 0 in the first one (left-censored) and in the one after a
/// year with an ongoing dispute, otherwise the previous count + 1 (a dispute year carries the count of peaceful years
/// before it). Dyad-years are counted, not calendar years: a state's temporary exit from the system (e.g. the
/// Netherlands 1940-44) neither resets the count nor adds to it. Missing where the MID data are missing.
/// <para>Which dyad-years are counted is the convention:</para>
/// <list type="bullet">
/// <item>Caravan: the dyad's whole COW history from the first MID year (every year both states are COW members,
/// without peacesciencer's false dyad-years unless they are kept), whatever the panel's years, state sets or
/// --relevant filter, so a dyad-year has one value in every panel.</item>
/// <item>peacesciencer: the rows of the panel as built (after --relevant, --years, --states), as add_peace_years
/// counts the rows of the data it is given (after filter_prd()).</item>
/// </list>
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
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        // The dyad-years counted, keyed dk = ccode1 * 100000 + ccode2 (a dyad) and year.
        var history = ps ? PanelRows(context, first, end) : WholeHistory(context, first, end);
        var sql = $"""
            WITH h AS ({history}),
            e AS (
              SELECT h.dk, h.year, CASE WHEN x.k IS NOT NULL THEN 1 ELSE 0 END AS ev
              FROM h LEFT JOIN (
                SELECT DISTINCT (ccode1::BIGINT * 100000 + ccode2) * 10000 + year AS k FROM {table}
                WHERE {ongoing} = 1 AND ccode1 BETWEEN 0 AND 99999 AND ccode2 BETWEEN 0 AND 99999 AND year BETWEEN 0 AND 9999) x
                ON x.k = h.dk * 10000 + h.year),
            -- The count restarts (0) at the dyad's first counted year and after a dispute year; it is the number of
            -- counted dyad-years since the latest restart (row numbers, so gaps in the years do not matter).
            r AS (SELECT dk, year, row_number() OVER w AS n,
                    CASE WHEN lag(ev) OVER w IS NULL OR lag(ev) OVER w = 1 THEN row_number() OVER w END AS restart
                  FROM e WINDOW w AS (PARTITION BY dk ORDER BY year)),
            s AS (SELECT dk * 10000 + year AS k, n - max(restart) OVER (PARTITION BY dk ORDER BY year ROWS UNBOUNDED PRECEDING) AS spell FROM r)
            SELECT {context.KeySelect}, s.spell AS {p}spell
            FROM {context.Universe} u
            LEFT JOIN s ON s.k = (u.ccode1::BIGINT * 100000 + u.ccode2) * 10000 + u.year
            """;
        var scope = ps
            ? $"counted over this panel's own dyad-years (after any --relevant filter), from {first} or the dyad's first panel year (left-censored), as peacesciencer's add_peace_years"
            : $"counted over the dyad's whole COW history from {first} or its system entry (left-censored), whatever the panel's years or filters";
        var entries = new[]
        {
            new CodebookEntry(p + "spell", $"Peace-years: dyad-years without an ongoing MID before this one ({label}; 0 in the year after any year with an ongoing dispute; {scope}; a state's temporary exit neither resets nor adds to the count)", "years", table, context.Cite(table)),
        };
        var notes = new List<string> { $"Peace-years ({p}spell): {scope}; dyad-years are counted, so a state's temporary exit from the system does not reset the count." };
        if (context.Spec.Years.Last > last)
        {
            notes.Add($"Peace-years are missing after {last}, the last year of the {label} data.");
        }

        return new StepResult(sql, entries, notes);
    }

    /// <summary>peacesciencer: the panel's own rows within the MID years.</summary>
    private static string PanelRows(StepContext context, int first, int end) => $"""
        SELECT DISTINCT ccode1::BIGINT * 100000 + ccode2 AS dk, year FROM {context.Universe}
        WHERE ccode1 BETWEEN 0 AND 99999 AND ccode2 BETWEEN 0 AND 99999 AND year BETWEEN {first} AND {end}
        """;

    /// <summary>Caravan: every year both states of a panel dyad are COW members, from the first MID year (MIDs are COW-coded),
    /// without the false dyad-years when the panel drops them.</summary>
    private static string WholeHistory(StepContext context, int first, int end)
    {
        var cowEnd = Convert.ToInt32(context.Store.Scalar("SELECT max(endyear) FROM cow_states"), System.Globalization.CultureInfo.InvariantCulture);
        var membership = Universe.StateMembership.Sql(StateSystem.CorrelatesOfWar, first, Math.Max(end, first), cowEnd);
        var falseDyads = context.Spec.DropFalseDyads
            ? $"""
              AND (least(d.ccode1, d.ccode2)::BIGINT * 100000 + greatest(d.ccode1, d.ccode2)) * 10000 + a.year NOT IN (
                SELECT (least(ccode1, ccode2)::BIGINT * 100000 + greatest(ccode1, ccode2)) * 10000 + year FROM false_cow_dyads)
              """
            : string.Empty;
        return $"""
            WITH m AS ({membership}),
            d AS (SELECT DISTINCT ccode1, ccode2 FROM {context.Universe} WHERE ccode1 BETWEEN 0 AND 99999 AND ccode2 BETWEEN 0 AND 99999 AND year BETWEEN {first} AND {end})
            SELECT d.ccode1::BIGINT * 100000 + d.ccode2 AS dk, a.year FROM d
            JOIN m a ON a.code = d.ccode1
            JOIN m b ON b.code = d.ccode2 AND b.year = a.year
            WHERE a.year BETWEEN {first} AND {end} {falseDyads}
            """;
    }
}
