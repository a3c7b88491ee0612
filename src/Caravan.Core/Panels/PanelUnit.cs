namespace Caravan.Core.Panels;

/// <summary>The unit of observation of a panel.</summary>
public enum PanelUnit
{
    /// <summary>One row per state and year.</summary>
    StateYear,

    /// <summary>One row per unordered pair of states (ccode1 &lt; ccode2) and year.</summary>
    DyadYear,

    /// <summary>One row per ordered pair of states (both directions) and year.</summary>
    DirectedDyadYear,
}
