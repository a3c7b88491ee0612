using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Country names and abbreviations of the panel's own state system: COW <c>statenme</c>/<c>stateabb</c> (cow_states) or
/// G-W <c>statename</c>/<c>stateabb</c> (gw_states), for the state or each side. Every system member has one.
/// </summary>
internal sealed class CountryNameStep : PanelStep
{
    public override string Name => "names";

    public override bool InAll => false;

    public override string Title => "Country names";

    public override IReadOnlyList<string> Sources => ["cow_states", "gw_states"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => [spec.System == StateSystem.GleditschWard ? "gw_states" : "cow_states"];

    public override StepResult Build(StepContext context)
    {
        var gw = context.Spec.System == StateSystem.GleditschWard;
        var table = gw ? "gw_states" : "cow_states";
        var code = gw ? "gwcode" : "ccode";
        // One name per code (true of both lists; a code with two names would be a duplicate-key error naming it).
        var names = $"SELECT DISTINCT {code} AS code, {(gw ? "statename" : "statenme")} AS statename, stateabb FROM {table}";
        var select = new List<string> { context.KeySelect };
        var joins = new List<string>();
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            var a = s.Length == 0 ? "0" : s;
            var who = s.Length == 0 ? "the state" : "state " + s;
            select.Add($"n{a}.statename AS statename{s}");
            select.Add($"n{a}.stateabb AS stateabb{s}");
            joins.Add($"LEFT JOIN n n{a} ON n{a}.code = u.{code}{s}");
            entries.Add(new("statename" + s, $"Name of {who} in the {PanelKeys.SystemName(context.Spec.System)} list", "text", table, context.Cite(table)));
            entries.Add(new("stateabb" + s, $"{PanelKeys.SystemName(context.Spec.System)} abbreviation of {who}", "text", table, context.Cite(table)));
        }

        return new StepResult($"WITH n AS ({names}) SELECT {string.Join(", ", select)} FROM {context.Universe} u {string.Join(" ", joins)}", entries, []);
    }
}
