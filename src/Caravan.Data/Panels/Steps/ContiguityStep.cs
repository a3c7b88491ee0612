using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW direct contiguity (v3.2) for each dyad-year; 1 = land, 2/3/4/5 = separated by ≤12/24/150/400 miles of water,
/// 0 = none. COW's type-0 records mark spells without contiguity (e.g. UK–France from July 1940).
/// <list type="bullet">
/// <item>Caravan: the closest type (1-5) of any record in force for part of the year, type-0 records ignored (a dyad
/// contiguous for part of the year is contiguous that year: Germany–Denmark 1865 = 1, land from August); records in
/// force when the data end (2016) are carried forward.</item>
/// <item>peacesciencer (add_contiguity, slice = "first"): the type of the record in force at the first month of the
/// year that has a record, type 0 included (Germany–Denmark 1865 = 4); 0 without a record up to 2016, missing after.</item>
/// </list>
/// State-years get the number of land and sea borders (types 1 and 2-5 for part of the year).
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
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        var carry = !ps;
        var lastYear = context.Spec.Years.Last;
        var notes = new List<string>();
        if (lastYear > dataEnd)
        {
            notes.Add(carry
                ? $"Contiguity: the COW data end in {dataEnd}; relationships in force then are carried forward to {lastYear}."
                : $"Contiguity (peacesciencer convention): the COW data end in {dataEnd}; later years are missing, as in peacesciencer's add_contiguity (mry = FALSE).");
        }

        var spans = $"""
            SELECT least(ccode1, ccode2) AS a, greatest(ccode1, ccode2) AS b, ccode1, ccode2, conttype, stdate, year(stdate) AS sy,
                   CASE WHEN year(enddate) >= {dataEnd} THEN {(carry ? Math.Max(lastYear, dataEnd) : dataEnd)} ELSE year(enddate) END AS ey
            FROM cow_contdir
            """;
        var cite = context.Cite("cow_contdir");
        var coverage = ps ? $"u.year BETWEEN {first} AND {dataEnd}" : $"u.year >= {first}";
        if (context.IsDyadic)
        {
            var k = ps
                // The record whose first monthly point in the year comes first (records start on the 1st of a month: in
                // the year it starts, its start month, otherwise January); on a tie the earlier record, as R's stable sort.
                ? $"""
                  k AS (SELECT c.a, c.b, c.year, arg_min(c.conttype, c.pos) AS conttype FROM (
                          SELECT a, b, conttype, year, (CASE WHEN sy = year THEN month(stdate) ELSE 1 END) * 1000000 + (stdate - DATE '1700-01-01') AS pos
                          FROM (SELECT a, b, conttype, stdate, sy, unnest(range(sy, ey + 1)) AS year FROM s WHERE ccode1 < ccode2)) c
                        JOIN x ON c.a = x.a AND c.b = x.b AND c.year = x.year GROUP BY ALL)
                  """
                : """
                  k AS (SELECT x.a, x.b, x.year, min(c.conttype) AS conttype FROM x
                        JOIN (SELECT DISTINCT a, b, conttype, sy, ey FROM s WHERE conttype BETWEEN 1 AND 5) c
                          ON c.a = x.a AND c.b = x.b AND x.year BETWEEN c.sy AND c.ey GROUP BY ALL)
                  """;
            var sql = $"""
                WITH s AS ({spans}),
                x AS (SELECT least(ccode1, ccode2) AS a, greatest(ccode1, ccode2) AS b, year FROM {context.Universe} WHERE ccode1 IS NOT NULL AND ccode2 IS NOT NULL GROUP BY ALL),
                {k}
                SELECT {context.KeySelect},
                  CASE WHEN {coverage} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL THEN coalesce(k.conttype, 0) END AS conttype
                FROM {context.Universe} u
                LEFT JOIN k ON k.a = least(u.ccode1, u.ccode2) AND k.b = greatest(u.ccode1, u.ccode2) AND k.year = u.year
                """;
            var rule = ps
                ? "type in force at the first month of the year with a record, type-0 records included (peacesciencer add_contiguity, slice first); missing after " + dataEnd
                : "closest type of any record (types 1-5) in force for part of the year; type-0 records ignored; relationships in force in " + dataEnd + " carried forward";
            return new StepResult(sql,
                [new("conttype", $"COW direct contiguity type ({rule}): 0 none, 1 land, 2 water <=12 mi, 3 <=24 mi, 4 <=150 mi, 5 <=400 mi; not ordinal beyond 1 vs sea", "category 0-5", "cow_contdir", cite)],
                notes);
        }

        var monadic = $"""
            WITH c AS (SELECT DISTINCT a, b, conttype, sy, ey FROM ({spans}) WHERE conttype BETWEEN 1 AND 5),
            d AS (SELECT a AS x, b AS y, conttype, sy, ey FROM c UNION ALL SELECT b, a, conttype, sy, ey FROM c),
            k AS (SELECT s.ccode, s.year,
                    count(DISTINCT d.y) FILTER (WHERE d.conttype = 1) AS land,
                    count(DISTINCT d.y) FILTER (WHERE d.conttype > 1) AS sea
                  FROM (SELECT DISTINCT ccode, year FROM {context.Universe}) s JOIN d ON d.x = s.ccode AND s.year BETWEEN d.sy AND d.ey
                  GROUP BY ALL)
            SELECT {context.KeySelect},
              CASE WHEN {coverage} AND u.ccode IS NOT NULL THEN coalesce(k.land, 0) END AS land_borders,
              CASE WHEN {coverage} AND u.ccode IS NOT NULL THEN coalesce(k.sea, 0) END AS sea_borders
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
