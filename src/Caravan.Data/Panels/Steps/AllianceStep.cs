using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>ATOP alliances (v5, directed dyad-year): any alliance and its obligations; 0 within ATOP's years when no alliance.</summary>
internal sealed class AllianceStep : PanelStep
{
    private static readonly string[] Obligations = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"];

    public override string Name => "alliances";

    public override string Title => "ATOP alliances";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["atop_alliance"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("atop_alliance");
        string Cov(string expr) => $"CASE WHEN u.year BETWEEN {first} AND {last} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL THEN {expr} END";
        var cols = Obligations.Select(o => $"{Cov($"coalesce(a.{o}, 0)")} AS {o}").ToList();
        cols.Insert(0, $"{Cov("CASE WHEN greatest(" + string.Join(", ", Obligations.Select(o => $"coalesce(a.{o}, 0)")) + ") > 0 THEN 1 ELSE 0 END")} AS atop_any");
        var sql = $"""
            SELECT {context.KeySelect}, {string.Join(", ", cols)}
            FROM {context.Universe} u
            LEFT JOIN atop_alliance a ON a.ccode1 = u.ccode1 AND a.ccode2 = u.ccode2 AND a.year = u.year
            """;
        var cite = context.Cite("atop_alliance");
        var entries = new List<CodebookEntry> { new("atop_any", "1 if the two states share any ATOP alliance (any obligation) in the year", "0/1", "atop_alliance", cite) };
        entries.AddRange(Obligations.Select(o => new CodebookEntry(o, $"1 if an ATOP alliance with a {o[5..]} obligation (per ATOP coding) binds the dyad in the year", "0/1", "atop_alliance", cite)));
        var notes = context.Spec.Years.First < first || context.Spec.Years.Last > last ? new[] { $"ATOP covers {first}-{last}; alliance columns are missing outside." } : [];
        return new StepResult(sql, entries, notes);
    }
}
