using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Country names and abbreviations of the panel's own state system: COW <c>statenme</c>/<c>stateabb</c> (cow_states) or
/// G-W <c>statename</c>/<c>stateabb</c> (gw_states), for the state or each side: the name of the code's latest spell
/// begun by the year (every system member has one).
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
        // A code can have several spells with different names (G-W 580: Madagascar, then Madagascar (Malagasy)): each
        // year takes the name of the latest spell begun by then.
        var spells = gw
            ? "SELECT gwcode AS code, statename, stateabb, year(startdate) AS st FROM gw_states"
            : "SELECT ccode AS code, statenme AS statename, stateabb, styear AS st FROM cow_states";
        var years = string.Join(" UNION ", context.Sides.Select(s => $"SELECT {code}{s} AS code, year FROM {context.Universe}"));
        var names = $"""
            SELECT y.code, y.year, arg_max(s.statename, s.st) AS statename, arg_max(s.stateabb, s.st) AS stateabb
            FROM ({years}) y JOIN ({spells}) s ON s.code = y.code AND s.st <= y.year
            GROUP BY y.code, y.year
            """;
        var select = new List<string> { context.KeySelect };
        var joins = new List<string>();
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            var a = s.Length == 0 ? "0" : s;
            var who = s.Length == 0 ? "the state" : "state " + s;
            select.Add($"n{a}.statename AS statename{s}");
            select.Add($"n{a}.stateabb AS stateabb{s}");
            joins.Add($"LEFT JOIN n n{a} ON n{a}.code = u.{code}{s} AND n{a}.year = u.year");
            entries.Add(new("statename" + s, $"Name of {who} in the {PanelKeys.SystemName(context.Spec.System)} list", "text", table, context.Cite(table)));
            entries.Add(new("stateabb" + s, $"{PanelKeys.SystemName(context.Spec.System)} abbreviation of {who}", "text", table, context.Cite(table)));
        }

        return new StepResult($"WITH n AS ({names}) SELECT {string.Join(", ", select)} FROM {context.Universe} u {string.Join(" ", joins)}", entries, []);
    }
}
