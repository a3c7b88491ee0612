namespace Caravan.Data.Panels.Steps;

/// <summary>COW National Material Capabilities (v6/v7): CINC and its six components for each side.</summary>
internal sealed class NmcStep : PanelStep
{
    private static readonly (string Column, string Description, string Unit)[] Columns =
    [
        ("milex", "military expenditure", "thousands of current US$ (pre-1914: UK pounds)"),
        ("milper", "military personnel", "thousands"),
        ("irst", "iron and steel production", "thousands of tons"),
        ("pec", "primary energy consumption", "thousands of coal-ton equivalents"),
        ("tpop", "total population", "thousands"),
        ("upop", "urban population", "thousands"),
        ("cinc", "Composite Index of National Capability (share of the system total)", "share 0-1"),
    ];

    public override string Name => "nmc";

    public override string Title => "COW national material capabilities (CINC)";

    public override IReadOnlyList<string> Sources => ["cow_nmc"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("cow_nmc");
        // COW codes -9 as missing: make it NULL.
        var src = "SELECT ccode, year, " + string.Join(", ", Columns.Select(c => $"CASE WHEN {c.Column} < 0 THEN NULL ELSE {c.Column} END AS {c.Column}")) + " FROM cow_nmc";
        var sql = context.MonadicSql(src, "ccode", Columns.Select(c => (c.Column, c.Column)).ToArray());
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            entries.AddRange(Columns.Select(c => new CodebookEntry(c.Column + s, $"{char.ToUpperInvariant(c.Description[0])}{c.Description[1..]} of {(s.Length == 0 ? "the state" : "state " + s)} (COW NMC; -9 recoded missing)", c.Unit, "cow_nmc", context.Cite("cow_nmc"))));
        }

        var notes = context.Spec.Years.Last > last ? new[] { $"NMC covers {first}-{last}; missing after." } : [];
        return new StepResult(sql, entries, notes);
    }
}
