using Caravan.Core.Panels;

namespace Caravan.Data.Panels;

/// <summary>
/// The dyad identifier of dyadic panels: 1000 × the smaller state code + the larger one, in the panel's state system
/// (COW ccodes or G-W codes), the same for both directions of a directed dyad, so models can cluster or take fixed
/// effects by (non-directed) dyad. E.g. USA (2) and Canada (20): 2020; China (710) and Kazakhstan (705): 705710.
/// </summary>
public static class DyadId
{
    /// <summary>The column name.</summary>
    public const string Column = "dyad";

    /// <summary>The multiplier of the smaller code; every code must be below it.</summary>
    public const int Factor = 1000;

    /// <summary>The identifier of the pair (a, b), in either order.</summary>
    public static int Of(int a, int b) => (Math.Min(a, b) * Factor) + Math.Max(a, b);

    /// <summary>SQL for the identifier of two code expressions.</summary>
    internal static string Sql(string a, string b) => $"(least({a}, {b}) * {Factor} + greatest({a}, {b}))::INTEGER";

    /// <summary>The codebook entry.</summary>
    internal static CodebookEntry Entry(StateSystem system) => new(
        Column,
        $"Non-directed dyad identifier: {Factor} × the smaller {PanelKeys.SystemName(system)} code + the larger (same value for both directions; for clustering or fixed effects by dyad)",
        "id",
        system == StateSystem.CorrelatesOfWar ? "cow_states" : "gw_states",
        "derived: " + Factor + " * min(code1, code2) + max(code1, code2)");
}
