using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW direct contiguity (v3.2) as in force in the year: the lowest (closest) type of any relationship whose
/// span covers part of the year; 1 = land, 2/3/4/5 = separated by ≤12/24/150/400 miles of water, 0 = none.
/// State-years get the number of land and sea borders. Relationships still in force when the data end (2016)
/// are carried forward (Caravan); the peacesciencer variant codes later years 0.
/// </summary>
internal sealed class ContiguityStep : PanelStep
{
    public override string Name => "contiguity";

    public override string Title => "COW direct contiguity";

    public override IReadOnlyList<string> Sources => ["cow_contdir"];

    public override StepResult Build(StepContext context)
    {
        var (first, _) = context.YearSpan("cow_contdir", "year(stdate)");
        var (_, dataEnd) = context.YearSpan("cow_contdir", "year(enddate)");
        var carry = context.Spec.Conventions == PanelConventions.Caravan;
        var coverEnd = carry ? 9999 : dataEnd;
        var notes = new List<string>();
        if (context.Spec.Years.Last > dataEnd)
        {
            notes.Add(carry
                ? $"Contiguity: the COW data end in {dataEnd}; relationships in force then are carried forward to {context.Spec.Years.Last}."
                : $"Contiguity (peacesciencer variant): the COW data end in {dataEnd}; later years are coded 0 (no record), as peacesciencer does.");
        }

        var spans = $"""
            SELECT least(ccode1, ccode2) AS a, greatest(ccode1, ccode2) AS b, ccode1, ccode2, conttype, year(stdate) AS sy,
                   CASE WHEN year(enddate) >= {dataEnd} THEN {coverEnd} ELSE year(enddate) END AS ey
            FROM cow_contdir
            """;
        var cite = context.Cite("cow_contdir");
        if (context.IsDyadic)
        {
            var sql = $"""
                WITH c AS (SELECT DISTINCT a, b, conttype, sy, ey FROM ({spans})),
                x AS (SELECT least(ccode1, ccode2) AS a, greatest(ccode1, ccode2) AS b, year FROM {context.Universe} WHERE ccode1 IS NOT NULL AND ccode2 IS NOT NULL GROUP BY ALL),
                k AS (SELECT x.a, x.b, x.year, min(c.conttype) AS conttype FROM x JOIN c ON c.a = x.a AND c.b = x.b AND x.year BETWEEN c.sy AND c.ey GROUP BY ALL)
                SELECT {context.KeySelect},
                  CASE WHEN u.year >= {first} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL THEN coalesce(k.conttype, 0) END AS conttype
                FROM {context.Universe} u
                LEFT JOIN k ON k.a = least(u.ccode1, u.ccode2) AND k.b = greatest(u.ccode1, u.ccode2) AND k.year = u.year
                """;
            return new StepResult(sql,
                [new("conttype", "COW direct contiguity type in force in the year (closest if it changed): 0 none, 1 land, 2 water <=12 mi, 3 <=24 mi, 4 <=150 mi, 5 <=400 mi; not ordinal beyond 1 vs sea", "category 0-5", "cow_contdir", cite)],
                notes);
        }

        var monadic = $"""
            WITH c AS (SELECT DISTINCT a, b, conttype, sy, ey FROM ({spans})),
            d AS (SELECT a AS x, b AS y, conttype, sy, ey FROM c UNION ALL SELECT b, a, conttype, sy, ey FROM c),
            k AS (SELECT s.ccode, s.year,
                    count(DISTINCT d.y) FILTER (WHERE d.conttype = 1) AS land,
                    count(DISTINCT d.y) FILTER (WHERE d.conttype > 1) AS sea
                  FROM (SELECT DISTINCT ccode, year FROM {context.Universe}) s JOIN d ON d.x = s.ccode AND s.year BETWEEN d.sy AND d.ey
                  GROUP BY ALL)
            SELECT {context.KeySelect},
              CASE WHEN u.year >= {first} AND u.ccode IS NOT NULL THEN coalesce(k.land, 0) END AS land_borders,
              CASE WHEN u.year >= {first} AND u.ccode IS NOT NULL THEN coalesce(k.sea, 0) END AS sea_borders
            FROM {context.Universe} u
            LEFT JOIN k ON k.ccode = u.ccode AND k.year = u.year
            """;
        return new StepResult(monadic,
            [
                new("land_borders", "Number of states contiguous by land (COW type 1) in the year", "count", "cow_contdir", cite),
                new("sea_borders", "Number of states contiguous by sea (COW types 2-5) in the year", "count", "cow_contdir", cite),
            ],
            notes);
    }
}
