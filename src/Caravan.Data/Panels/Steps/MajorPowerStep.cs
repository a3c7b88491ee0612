namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW major-power status (cow_majors spells) for each side: 1 if a major power for any part of the year.
/// Spells open when the list ends (2016) are carried forward to the panel's last year (noted).
/// </summary>
internal sealed class MajorPowerStep : PanelStep
{
    public override string Name => "majors";

    public override string Title => "COW major powers";

    public override IReadOnlyList<string> Sources => ["cow_majors"];

    public override StepResult Build(StepContext context)
    {
        var (first, listEnd) = context.YearSpan("cow_majors", "styear");
        listEnd = context.YearSpan("cow_majors", "endyear").Last;
        var last = Math.Max(listEnd, context.Spec.Years.Last);
        var src = $"""
            SELECT m.ccode, y.year, max(CASE WHEN y.year BETWEEN m.styear AND (CASE WHEN m.endyear >= {listEnd} THEN {last} ELSE m.endyear END) THEN 1 ELSE 0 END) AS cowmaj
            FROM (SELECT DISTINCT ccode FROM cow_majors) c
            CROSS JOIN (SELECT unnest(range({first}, {last} + 1)) AS year) y
            JOIN cow_majors m ON m.ccode = c.ccode
            GROUP BY ALL
            """;
        // States never a major power: 0 within coverage; missing only before the list starts (1816) or without a COW code.
        var sides = context.Sides;
        var select = string.Join(", ", sides.Select(s => $"CASE WHEN u.ccode{s} IS NOT NULL AND u.year >= {first} THEN coalesce(m{Alias(s)}.cowmaj, 0) END AS cowmaj{s}"));
        var joins = string.Join(" ", sides.Select(s => $"LEFT JOIN src m{Alias(s)} ON m{Alias(s)}.ccode = u.ccode{s} AND m{Alias(s)}.year = u.year"));
        var sql = $"WITH src AS ({src}) SELECT {context.KeySelect}, {select} FROM {context.Universe} u {joins}";
        var notes = context.Spec.Years.Last > listEnd
            ? new[] { $"Major powers: the COW list ends in {listEnd}; major powers then are carried forward to {context.Spec.Years.Last}." }
            : [];
        return new StepResult(sql,
            sides.Select(s => new CodebookEntry("cowmaj" + s, $"1 if {(s.Length == 0 ? "the state" : "state " + s)} is a COW major power for any part of the year", "0/1", "cow_majors", context.Cite("cow_majors"))).ToArray(),
            notes);
    }

    private static string Alias(string side) => side.Length == 0 ? "0" : side;
}
