namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Democracy for each side (isard's cw_democracy, as peacesciencer's add_democracy: V-Dem polyarchy, Polity2, Marquez's extended UDS and its rescaled aeuds) and,
/// for dyads, the weak-link minimum and the maximum of each measure (missing if either side is).
/// </summary>
internal sealed class DemocracyStep : PanelStep
{
    private static readonly (string Column, string Description, string Unit)[] Measures =
    [
        ("v2x_polyarchy", "V-Dem electoral democracy index (polyarchy)", "0-1"),
        ("polity2", "Polity IV/5 polity2 score", "-10..10"),
        ("euds", "Extended Unified Democracy Score (Marquez), latent mean", "z-score scale"),
        ("aeuds", "Extended Unified Democracy Score rescaled so that 0 is near the Polity democracy threshold (Marquez)", "z-score scale"),
    ];

    public override string Name => "democracy";

    public override string Title => "Democracy (V-Dem, Polity, extended UDS)";

    public override IReadOnlyList<string> Sources => ["democracy"];

    public override StepResult Build(StepContext context)
    {
        var cite = context.Cite("democracy");
        var extra = context.IsDyadic
            ? string.Join(", ", Measures.SelectMany(m => new[]
            {
                $"CASE WHEN s1.{m.Column} IS NOT NULL AND s2.{m.Column} IS NOT NULL THEN least(s1.{m.Column}, s2.{m.Column}) END AS {m.Column}_min",
                $"CASE WHEN s1.{m.Column} IS NOT NULL AND s2.{m.Column} IS NOT NULL THEN greatest(s1.{m.Column}, s2.{m.Column}) END AS {m.Column}_max",
            }))
            : null;
        var sql = context.MonadicSql("SELECT ccode, year, v2x_polyarchy, polity2, euds, aeuds FROM democracy", "ccode", Measures.Select(m => (m.Column, m.Column)).ToArray(), extra);
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            entries.AddRange(Measures.Select(m => new CodebookEntry(m.Column + s, $"{m.Description} of {(s.Length == 0 ? "the state" : "state " + s)}", m.Unit, "democracy", cite)));
        }

        if (context.IsDyadic)
        {
            foreach (var m in Measures)
            {
                entries.Add(new(m.Column + "_min", $"Weak-link minimum of {m.Column} over the two sides (missing if either is missing)", m.Unit, "democracy", "derived: min(" + m.Column + "1, " + m.Column + "2)"));
                entries.Add(new(m.Column + "_max", $"Maximum of {m.Column} over the two sides (missing if either is missing)", m.Unit, "democracy", "derived: max(" + m.Column + "1, " + m.Column + "2)"));
            }
        }

        return new StepResult(sql, entries, []);
    }
}
