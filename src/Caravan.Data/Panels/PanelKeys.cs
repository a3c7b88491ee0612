using Caravan.Core.Panels;

namespace Caravan.Data.Panels;

/// <summary>Key and code column names of a panel, by unit and state system.</summary>
internal static class PanelKeys
{
    /// <summary>Internal row id of the universe (dropped from the output), in key order.</summary>
    public const string RowId = "rid";

    /// <summary>The unique key columns of a panel.</summary>
    public static IReadOnlyList<string> For(PanelUnit unit, StateSystem system)
    {
        var code = system == StateSystem.CorrelatesOfWar ? "ccode" : "gwcode";
        return unit == PanelUnit.StateYear ? [code, "year"] : [code + "1", code + "2", "year"];
    }

    public static string UnitName(PanelUnit unit) => unit switch
    {
        PanelUnit.StateYear => "state-year",
        PanelUnit.DyadYear => "dyad-year",
        PanelUnit.DirectedDyadYear => "directed dyad-year",
        _ => unit.ToString(),
    };

    public static string SystemName(StateSystem system) =>
        system == StateSystem.CorrelatesOfWar ? "Correlates of War" : "Gleditsch-Ward";
}
