using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Extended Unified Democracy Scores: the point estimate <c>xm_qudsest</c> of peacesciencer's earlier
/// <c>add_democracy()</c> (ccode_democracy / gwcode_democracy, 1816-2020, by the panel's own system's code) and the
/// rescaled <c>aeuds</c> of its current one (isard cw_democracy via the shipped democracy table, 0 ≈ the Polity
/// democracy threshold), for the state or each side. Missing where the source has no score.
/// </summary>
internal sealed class UdsStep : PanelStep
{
    public override string Name => "uds";

    public override bool InAll => false;

    public override string Title => "Extended UDS (xm_qudsest, aeuds)";

    public override IReadOnlyList<string> Sources => ["ccode_democracy", "gwcode_democracy", "democracy"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) =>
        [spec.System == StateSystem.GleditschWard ? "gwcode_democracy" : "ccode_democracy", "democracy"];

    public override StepResult Build(StepContext context)
    {
        var gw = context.Spec.System == StateSystem.GleditschWard;
        var table = gw ? "gwcode_democracy" : "ccode_democracy";
        var code = gw ? "gwcode" : "ccode";
        var select = new List<string> { context.KeySelect };
        var joins = new List<string>();
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            var a = s.Length == 0 ? "0" : s;
            var who = s.Length == 0 ? "the state" : "state " + s;
            select.Add($"x{a}.xm_qudsest AS xm_qudsest{s}");
            select.Add($"d{a}.aeuds AS aeuds{s}");
            joins.Add($"LEFT JOIN {table} x{a} ON x{a}.{code} = u.{code}{s} AND x{a}.year = u.year");
            joins.Add($"LEFT JOIN democracy d{a} ON d{a}.ccode = u.ccode{s} AND d{a}.year = u.year");
            entries.Add(new("xm_qudsest" + s, $"Extended Unified Democracy Score of {who}, point estimate (Marquez 2016; peacesciencer's {table}, 1816-2020)", "latent scale (z)", table, context.Cite(table)));
            entries.Add(new("aeuds" + s, $"Extended UDS of {who}, rescaled so that 0 is about the Polity democracy threshold (isard cw_democracy aeuds)", "latent scale", "democracy", context.Cite("democracy")));
        }

        var sql = $"SELECT {string.Join(", ", select)} FROM {context.Universe} u {string.Join(" ", joins)}";
        var (_, last) = context.YearSpan(table);
        var notes = context.Spec.Years.Last > last ? new[] { $"xm_qudsest ({table}) ends in {last}: missing after {last}." } : [];
        return new StepResult(sql, entries, notes);
    }
}
