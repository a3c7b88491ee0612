namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Strategic rivalries of Thompson, Sakuwa and Suhas (2022; tss_rivalries), as peacesciencer's
/// <c>add_strategic_rivalries()</c>: rivalries expanded to years from 1816 in both directions, Austria-Hungary (300)
/// recoded Austria (305) from 1919, empty type flags read as 0. Dyads: the rivalry id, an ongoing flag and its four
/// type flags; state-years: the number of rivalries of each type. 0 when there is no rivalry up to 2020; missing after.
/// </summary>
internal sealed class RivalryStep : PanelStep
{
    /// <summary>The last year of the rivalry data (as in peacesciencer).</summary>
    public const int Last = 2020;

    private static readonly string[] Types = ["positional", "spatial", "ideological", "interventionary"];

    public override string Name => "rivalries";

    public override bool InAll => false;

    public override string Title => "Strategic rivalries (Thompson, Sakuwa and Suhas)";

    public override IReadOnlyList<string> Sources => ["tss_rivalries"];

    /// <summary>Rivalry-years, both directions: tssr_id, ccode1, ccode2, year and the four 0/1 type flags.</summary>
    internal static string RivalryYears => $"""
        SELECT tssr_id, CASE WHEN c1 = 300 AND year >= 1919 THEN 305 ELSE c1 END AS ccode1, CASE WHEN c2 = 300 AND year >= 1919 THEN 305 ELSE c2 END AS ccode2, year,
          {string.Join(", ", Types.Select(t => $"coalesce({Q(t)}, 0) AS {Q(t)}"))}
        FROM (
          SELECT tssr_id, ccode1 AS c1, ccode2 AS c2, unnest(range(start, "end" + 1)) AS year, {string.Join(", ", Types.Select(Q))} FROM tss_rivalries
          UNION ALL
          SELECT tssr_id, ccode2, ccode1, unnest(range(start, "end" + 1)), {string.Join(", ", Types.Select(Q))} FROM tss_rivalries)
        WHERE year >= 1816
        """;

    /// <summary>Quotes a type column ("positional" is a DuckDB keyword).</summary>
    private static string Q(string column) => "\"" + column + "\"";

    public override StepResult Build(StepContext context)
    {
        var cite = context.Cite("tss_rivalries");
        var notes = context.Spec.Years.Last > Last ? new[] { $"Strategic rivalries (Thompson, Sakuwa and Suhas) end in {Last}: rivalry columns are missing after {Last}." } : [];
        string Cov(string codes, string expr) => $"CASE WHEN u.year <= {Last} AND {codes} THEN {expr} END";
        if (!context.IsDyadic)
        {
            var sy = $"""
                WITH ry AS ({RivalryYears}),
                n AS (SELECT ccode1 AS ccode, year, count(DISTINCT tssr_id) AS n, {string.Join(", ", Types.Select(t => $"sum({Q(t)}) AS {Q(t)}"))} FROM ry GROUP BY ALL)
                SELECT {context.KeySelect}, {Cov("u.ccode IS NOT NULL", "coalesce(n.n, 0)")} AS n_rivalries,
                  {string.Join(", ", Types.Select(t => $"{Cov("u.ccode IS NOT NULL", $"coalesce(n.{Q(t)}, 0)")} AS n_{t}"))}
                FROM {context.Universe} u LEFT JOIN n ON n.ccode = u.ccode AND n.year = u.year
                """;
            return new StepResult(sy,
                [
                    new("n_rivalries", "Number of strategic rivalries (Thompson, Sakuwa and Suhas) the state is in during the year; Caravan's", "count", "tss_rivalries", cite),
                    .. Types.Select(t => new CodebookEntry("n_" + t, $"Number of the state's rivalries in the year coded {t}", "count", "tss_rivalries", cite)),
                ], notes);
        }

        var codes = "u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL";
        // A dyad-year in two rivalries at once would need a rule; the data have none (checked by the builder's row count).
        var sql = $"""
            WITH ry AS ({RivalryYears})
            SELECT {context.KeySelect}, r.tssr_id, {Cov(codes, "CASE WHEN r.tssr_id IS NULL THEN 0 ELSE 1 END")} AS ongoingrivalry,
              {string.Join(", ", Types.Select(t => $"{Cov(codes, $"coalesce(r.{Q(t)}, 0)")} AS {Q(t)}"))}
            FROM {context.Universe} u LEFT JOIN ry r ON r.ccode1 = u.ccode1 AND r.ccode2 = u.ccode2 AND r.year = u.year
            """;
        return new StepResult(sql,
            [
                new("tssr_id", "Id of the strategic rivalry between the two states in the year (Thompson, Sakuwa and Suhas tssr_id); missing = none", "id", "tss_rivalries", cite),
                new("ongoingrivalry", "1 if the two states are strategic rivals in the year (Thompson, Sakuwa and Suhas); 0 = not rivals (to 2020)", "0/1", "tss_rivalries", cite),
                .. Types.Select(t => new CodebookEntry(t, $"1 if the dyad's rivalry is coded {t}; 0 = not, or no rivalry (to 2020)", "0/1", "tss_rivalries", cite)),
            ], notes);
    }
}
