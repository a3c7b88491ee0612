namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Strategic rivalries of Thompson and Dreyer (2012; td_rivalries, 1494-2010), the rivalry data of peacesciencer's earlier
/// <c>add_strategic_rivalries()</c>: rivalries expanded to years from 1816 in both directions, Austria-Hungary (300) recoded
/// Austria (305) from 1919. Dyads: rivalry number, ongoing flag, region and up to three types; state-years: number of
/// rivalries. 0 when there is no rivalry up to 2010; missing after.
/// </summary>
internal sealed class TdRivalryStep : PanelStep
{
    public override string Name => "tdrivalries";

    public override bool InAll => false;

    public override string Title => "Strategic rivalries (Thompson and Dreyer)";

    public override IReadOnlyList<string> Sources => ["td_rivalries"];

    public override StepResult Build(StepContext context)
    {
        var last = context.YearSpan("td_rivalries", "endyear").Last;
        const string years = """
            SELECT rivalryno, CASE WHEN c1 = 300 AND year >= 1919 THEN 305 ELSE c1 END AS ccode1, CASE WHEN c2 = 300 AND year >= 1919 THEN 305 ELSE c2 END AS ccode2, year,
              region, type1, type2, type3
            FROM (
              SELECT rivalryno, ccode1 AS c1, ccode2 AS c2, unnest(range(styear, endyear + 1)) AS year, region, type1, type2, type3 FROM td_rivalries
              UNION ALL
              SELECT rivalryno, ccode2, ccode1, unnest(range(styear, endyear + 1)), region, type1, type2, type3 FROM td_rivalries)
            WHERE year >= 1816
            """;
        var cite = context.Cite("td_rivalries");
        var notes = context.Spec.Years.Last > last ? new[] { $"Thompson and Dreyer rivalries end in {last}: td_ columns are missing after {last}." } : [];
        string Cov(string codes, string expr) => $"CASE WHEN u.year <= {last} AND {codes} THEN {expr} END";
        if (!context.IsDyadic)
        {
            var sy = $"""
                WITH ry AS ({years}), n AS (SELECT ccode1 AS ccode, year, count(DISTINCT rivalryno) AS n FROM ry GROUP BY ALL)
                SELECT {context.KeySelect}, {Cov("u.ccode IS NOT NULL", "coalesce(n.n, 0)")} AS td_n_rivalries
                FROM {context.Universe} u LEFT JOIN n ON n.ccode = u.ccode AND n.year = u.year
                """;
            return new StepResult(sy, [new("td_n_rivalries", "Number of Thompson-Dreyer strategic rivalries the state is in during the year (to 2010)", "count", "td_rivalries", cite)], notes);
        }

        var codes = "u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL";
        // Two rivalries of one dyad in the same year (a rivalry ending as another begins): keep the later-numbered one.
        var sql = $"""
            WITH ry AS (SELECT * FROM ({years}) QUALIFY row_number() OVER (PARTITION BY ccode1, ccode2, year ORDER BY rivalryno DESC) = 1)
            SELECT {context.KeySelect}, r.rivalryno AS td_rivalryno, {Cov(codes, "CASE WHEN r.rivalryno IS NULL THEN 0 ELSE 1 END")} AS td_rivalry,
              r.region AS td_region, r.type1 AS td_type1, r.type2 AS td_type2, r.type3 AS td_type3
            FROM {context.Universe} u LEFT JOIN ry r ON r.ccode1 = u.ccode1 AND r.ccode2 = u.ccode2 AND r.year = u.year
            """;
        return new StepResult(sql,
            [
                new("td_rivalryno", "Thompson-Dreyer rivalry number of the dyad's rivalry in the year; missing = none", "id", "td_rivalries", cite),
                new("td_rivalry", "1 if the two states are strategic rivals in the year (Thompson and Dreyer); 0 = not rivals (to 2010)", "0/1", "td_rivalries", cite),
                new("td_region", "Region of the rivalry (Thompson and Dreyer)", "text", "td_rivalries", cite),
                new("td_type1", "First (principal) rivalry type: spatial, positional, ideological or interventionary", "text", "td_rivalries", cite),
                new("td_type2", "Second rivalry type, if any", "text", "td_rivalries", cite),
                new("td_type3", "Third rivalry type, if any", "text", "td_rivalries", cite),
            ], notes);
    }
}
