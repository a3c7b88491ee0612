using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// UCDP/PRIO armed conflict, interstate conflicts only (type 'interstate'): 1 if the two states (G-W codes, primary
/// or secondary parties) are on opposite sides of an interstate armed conflict active in the year (25+ battle deaths),
/// and the highest intensity (1 minor, 2 war). 0 within UCDP's years otherwise; missing before 1946.
/// </summary>
internal sealed class UcdpStep : PanelStep
{
    public override string Name => "ucdp";

    public override string Title => "UCDP interstate armed conflict";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["ucdp_acd"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("ucdp_acd");
        var sql = $"""
            WITH c AS (SELECT * FROM ucdp_acd WHERE type_of_conflict = 'interstate'),
            a AS (SELECT conflict_id, year, intensity_level, gwno_a AS g FROM c UNION SELECT conflict_id, year, intensity_level, gwno_a_2nd FROM c),
            b AS (SELECT conflict_id, year, intensity_level, gwno_b AS g FROM c UNION SELECT conflict_id, year, intensity_level, gwno_b_2nd FROM c),
            pairs AS (
              SELECT a.g AS g1, b.g AS g2, a.year, max(a.intensity_level) AS intensity FROM a JOIN b USING (conflict_id, year)
              WHERE a.g IS NOT NULL AND b.g IS NOT NULL GROUP BY ALL),
            d AS (SELECT least(g1, g2) AS x, greatest(g1, g2) AS y, year, max(intensity) AS intensity FROM pairs GROUP BY ALL)
            SELECT {context.KeySelect},
              CASE WHEN u.year BETWEEN {first} AND {last} AND u.gwcode1 IS NOT NULL AND u.gwcode2 IS NOT NULL THEN (CASE WHEN d.intensity IS NULL THEN 0 ELSE 1 END) END AS ucdp_interstate,
              CASE WHEN u.year BETWEEN {first} AND {last} AND u.gwcode1 IS NOT NULL AND u.gwcode2 IS NOT NULL THEN coalesce(d.intensity, 0) END AS ucdp_intensity
            FROM {context.Universe} u
            LEFT JOIN d ON d.x = least(u.gwcode1, u.gwcode2) AND d.y = greatest(u.gwcode1, u.gwcode2) AND d.year = u.year
            """;
        var cite = context.Cite("ucdp_acd");
        return new StepResult(sql,
            [
                new("ucdp_interstate", "1 if the two states are on opposite sides of a UCDP interstate armed conflict (25+ battle deaths) active in the year; G-W codes", "0/1", "ucdp_acd", cite),
                new("ucdp_intensity", "Highest UCDP intensity of such a conflict in the year: 0 none, 1 minor (25-999 deaths), 2 war (1000+)", "0-2", "ucdp_acd", cite),
            ],
            context.Spec.Years.First < first ? [$"UCDP armed conflict data start in {first}; missing before."] : []);
    }
}
