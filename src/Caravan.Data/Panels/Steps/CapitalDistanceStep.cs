using System.Globalization;
using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Great-circle distance (km) between the two capitals of the year (peacesciencer's cow_capitals / gw_capitals, with
/// moves such as Almaty→Astana in May 1998), haversine on a sphere.
/// <list type="bullet">
/// <item>Caravan: the capital in force on 1 July (or, for a state whose capital spell starts or ends within the year
/// without covering 1 July, the one nearest to it); the mean Earth radius 6,371.0088 km (IUGG); capitals in force when
/// the data end (2024) are carried forward.</item>
/// <item>peacesciencer (add_capital_distance, transsum = "first"): the capital on the first day of the year with one;
/// geosphere's distVincentySphere with its default radius 6,378.137 km (equatorial, 0.11 % longer); missing after 2024.</item>
/// </list>
/// </summary>
internal sealed class CapitalDistanceStep : PanelStep
{
    /// <summary>Mean Earth radius (IUGG), km.</summary>
    public const double MeanRadiusKm = 6371.0088;

    /// <summary>geosphere's default radius (WGS84 semi-major axis), km, used by peacesciencer.</summary>
    public const double GeosphereRadiusKm = 6378.137;

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
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        var dataEnd = context.YearSpan(table, "year(CAST(enddate AS DATE))").Last;
        var lastYear = Math.Max(dataEnd, context.Spec.Years.Last);
        var radius = (ps ? GeosphereRadiusKm : MeanRadiusKm).ToString("R", CultureInfo.InvariantCulture);
        // Caravan carries the capitals in force at the end of the data forward to the panel's last year.
        var end = ps ? "ed" : $"CASE WHEN ed >= (SELECT max(CAST(enddate AS DATE)) FROM {table}) THEN make_date({lastYear}, 12, 31) ELSE ed END";
        // The capital of the year: peacesciencer the earliest day of the year with a capital; Caravan the day nearest 1 July.
        var order = ps
            ? "greatest(sd, make_date(year, 1, 1))"
            : "CASE WHEN sd > make_date(year, 7, 1) THEN sd - make_date(year, 7, 1) WHEN ed < make_date(year, 7, 1) THEN make_date(year, 7, 1) - ed ELSE 0 END, sd";
        var sql = $"""
            WITH caps AS (SELECT code, lat, lng, sd, {end} AS ed FROM (
                SELECT {code} AS code, lat, lng, CAST(stdate AS DATE) AS sd, CAST(enddate AS DATE) AS ed FROM {table})),
            cy AS (
              SELECT code, year, lat, lng FROM (
                SELECT code, lat, lng, sd, ed, unnest(range(year(sd), year(ed) + 1)) AS year FROM caps)
              QUALIFY row_number() OVER (PARTITION BY code, year ORDER BY {order}) = 1)
            SELECT {context.KeySelect},
              2 * {radius} * asin(sqrt(
                pow(sin(radians(b.lat - a.lat) / 2), 2) +
                cos(radians(a.lat)) * cos(radians(b.lat)) * pow(sin(radians(b.lng - a.lng) / 2), 2))) AS capdist
            FROM {context.Universe} u
            LEFT JOIN cy a ON a.code = u.{code}1 AND a.year = u.year
            LEFT JOIN cy b ON b.code = u.{code}2 AND b.year = u.year
            """;
        var rule = ps
            ? $"capitals on the first day of the year with one, radius {radius} km as peacesciencer (geosphere default); missing after {dataEnd}"
            : $"capitals in force on 1 July (else nearest that date), mean Earth radius {radius} km; capitals of {dataEnd} carried forward";
        var notes = new List<string>();
        if (context.Spec.Years.Last > dataEnd)
        {
            notes.Add(ps
                ? $"Capital distance (peacesciencer convention): the capitals data end in {dataEnd}; later years are missing."
                : $"Capital distance: the capitals data end in {dataEnd}; capitals in force then are carried forward to {context.Spec.Years.Last}.");
        }

        return new StepResult(sql,
            [new("capdist", $"Great-circle (haversine) distance between the capitals ({rule})", "km", table, context.Cite(table))],
            notes);
    }
}
