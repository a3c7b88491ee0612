using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// The extended Unified Democracy Score point estimate <c>xm_qudsest</c> of peacesciencer's earlier <c>add_democracy()</c>
/// (ccode_democracy / gwcode_democracy, 1816-2020, by the panel's own system's code), for the state or each side. Its
/// current extended UDS and the rescaled <c>aeuds</c> (isard cw_democracy) come with the <c>democracy</c> step.
/// Missing where the source has no score.
/// </summary>
internal sealed class UdsStep : PanelStep
{
    public override string Name => "uds";

    public override bool InAll => false;

    public override string Title => "Extended UDS point estimate (xm_qudsest)";

    public override IReadOnlyList<string> Sources => ["ccode_democracy", "gwcode_democracy"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) =>
        [spec.System == StateSystem.GleditschWard ? "gwcode_democracy" : "ccode_democracy"];

    public override StepResult Build(StepContext context)
    {
        var gw = context.Spec.System == StateSystem.GleditschWard;
        var table = gw ? "gwcode_democracy" : "ccode_democracy";
        var code = gw ? "gwcode" : "ccode";
        var sql = context.MonadicSql($"SELECT {code}, year, xm_qudsest FROM {table}", code, [("xm_qudsest", "xm_qudsest")]);
        var entries = context.Sides.Select(s => new CodebookEntry("xm_qudsest" + s,
            $"Extended Unified Democracy Score of {(s.Length == 0 ? "the state" : "state " + s)}, point estimate (Marquez 2016; peacesciencer's {table}, 1816-2020)",
            "latent scale (z)", table, context.Cite(table))).ToArray();
        var (_, last) = context.YearSpan(table);
        var notes = context.Spec.Years.Last > last ? new[] { $"xm_qudsest ({table}) ends in {last}: missing after {last}." } : [];
        return new StepResult(sql, entries, notes);
    }
}
