using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// ATOP alliances (v5, directed dyad-year): any alliance and its obligations; 0 within ATOP's years when no alliance.
/// Non-directed panels take the maximum over the two directions (peacesciencer's add_atop_alliance rule).
/// </summary>
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
        // Any alliance: ATOP lists the dyad-year (both are members of a common alliance), even when it records none of
        // the five obligations in this direction (e.g. Argentina to Brazil 1859), as peacesciencer's atop_alliance.
        cols.Insert(0, $"{Cov("CASE WHEN a.year IS NOT NULL THEN 1 ELSE 0 END")} AS atop_any");
        // Directed panels: the row's direction (ATOP codes some obligations one way, e.g. a neutrality promise of 1 to 2).
        // Non-directed panels: the maximum over both directions (an obligation either way binds the dyad), as peacesciencer.
        var source = context.Spec.Unit == PanelUnit.DirectedDyadYear
            ? "atop_alliance"
            : $"(SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, year, {string.Join(", ", Obligations.Select(o => $"max({o}) AS {o}"))} FROM atop_alliance GROUP BY ALL)";
        var sql = $"""
            SELECT {context.KeySelect}, {string.Join(", ", cols)}
            FROM {context.Universe} u
            LEFT JOIN {source} a ON a.ccode1 = u.ccode1 AND a.ccode2 = u.ccode2 AND a.year = u.year
            """;
        var cite = context.Cite("atop_alliance");
        var entries = new List<CodebookEntry> { new("atop_any", "1 if ATOP lists the dyad-year: the two states share an alliance in the year, whatever its obligations in this direction (peacesciencer's atop_alliance)", "0/1", "atop_alliance", cite) };
        entries.AddRange(Obligations.Select(o => new CodebookEntry(o, $"1 if an ATOP alliance with a {o[5..]} obligation (per ATOP coding) binds the dyad in the year", "0/1", "atop_alliance", cite)));
        var notes = context.Spec.Years.First < first || context.Spec.Years.Last > last ? new[] { $"ATOP covers {first}-{last}; alliance columns are missing outside." } : [];
        return new StepResult(sql, entries, notes);
    }
}
