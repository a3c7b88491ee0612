namespace Caravan.Core.Panels;

/// <summary>Which state-system membership list defines the universe of states.</summary>
public enum StateSystem
{
    /// <summary>Correlates of War State System Membership (v2016).</summary>
    CorrelatesOfWar,

    /// <summary>Gleditsch and Ward (1999), updated list of independent states.</summary>
    GleditschWard,
}
