using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW dyadic trade v4.0 (1870-2014), oriented to the row: flow1 = imports of state 1 from state 2, flow2 = imports
/// of state 2 from state 1 (current US$ millions), raw and smoothed (COW's smoothed series). -9 (missing) becomes missing.
/// </summary>
internal sealed class CowTradeStep : PanelStep
{
    public override string Name => "cowtrade";

    public override string Title => "COW dyadic trade v4";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["cow_trade_ndy"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("cow_trade_ndy");
        static string Pos(string c) => $"CASE WHEN t.{c} < 0 THEN NULL ELSE t.{c} END";
        var sql = $"""
            SELECT {context.KeySelect},
              CASE WHEN u.ccode1 < u.ccode2 THEN {Pos("flow1")} ELSE {Pos("flow2")} END AS flow1,
              CASE WHEN u.ccode1 < u.ccode2 THEN {Pos("flow2")} ELSE {Pos("flow1")} END AS flow2,
              CASE WHEN u.ccode1 < u.ccode2 THEN {Pos("smoothflow1")} ELSE {Pos("smoothflow2")} END AS smoothflow1,
              CASE WHEN u.ccode1 < u.ccode2 THEN {Pos("smoothflow2")} ELSE {Pos("smoothflow1")} END AS smoothflow2
            FROM {context.Universe} u
            LEFT JOIN cow_trade_ndy t ON t.ccode1 = least(u.ccode1, u.ccode2) AND t.ccode2 = greatest(u.ccode1, u.ccode2) AND t.year = u.year
            """;
        var cite = context.Cite("cow_trade_ndy");
        return new StepResult(sql,
            [
                new("flow1", "COW v4: imports of state 1 from state 2", "US$ millions, current", "cow_trade_ndy", cite),
                new("flow2", "COW v4: imports of state 2 from state 1", "US$ millions, current", "cow_trade_ndy", cite),
                new("smoothflow1", "COW v4 smoothed imports of state 1 from state 2", "US$ millions, current", "cow_trade_ndy", cite),
                new("smoothflow2", "COW v4 smoothed imports of state 2 from state 1", "US$ millions, current", "cow_trade_ndy", cite),
            ],
            context.Spec.Years.Last > last || context.Spec.Years.First < first ? [$"COW trade covers {first}-{last}; missing outside."] : []);
    }
}
