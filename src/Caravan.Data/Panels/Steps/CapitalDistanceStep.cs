using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Great-circle distance (km) between the two capitals in force in the year (the capital whose span covers
/// 1 July; peacesciencer's cow_capitals / gw_capitals), haversine on a sphere of radius 6,371.0088 km.
/// </summary>
internal sealed class CapitalDistanceStep : PanelStep
{
    public override string Name => "capdist";

    public override string Title => "Capital-to-capital distance";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["cow_capitals", "gw_capitals"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => [spec.System == StateSystem.CorrelatesOfWar ? "cow_capitals" : "gw_capitals"];

    public override StepResult Build(StepContext context)
    {
        var cow = context.Spec.System == StateSystem.CorrelatesOfWar;
        var table = cow ? "cow_capitals" : "gw_capitals";
        var code = cow ? "ccode" : "gwcode";
        var caps = $"""
            SELECT {code} AS code, lat, lng, CAST(stdate AS DATE) AS sd, CAST(enddate AS DATE) AS ed FROM {table}
            """;
        var sql = $"""
            WITH caps AS ({caps}),
            cy AS (
              SELECT code, year, arg_max(lat, sd) AS lat, arg_max(lng, sd) AS lng FROM (
                SELECT code, lat, lng, sd, ed, unnest(range(year(sd), year(ed) + 1)) AS year FROM caps)
              WHERE sd <= make_date(year, 7, 1) AND ed >= make_date(year, 7, 1)
              GROUP BY code, year)
            SELECT {context.KeySelect},
              2 * 6371.0088 * asin(sqrt(
                pow(sin(radians(b.lat - a.lat) / 2), 2) +
                cos(radians(a.lat)) * cos(radians(b.lat)) * pow(sin(radians(b.lng - a.lng) / 2), 2))) AS capdist
            FROM {context.Universe} u
            LEFT JOIN cy a ON a.code = u.{code}1 AND a.year = u.year
            LEFT JOIN cy b ON b.code = u.{code}2 AND b.year = u.year
            """;
        return new StepResult(sql,
            [new("capdist", "Great-circle (haversine, R = 6371.0088 km) distance between the capitals in force on 1 July of the year", "km", table, context.Cite(table))],
            []);
    }
}
