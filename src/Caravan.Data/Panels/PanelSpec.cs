using Caravan.Core.Panels;

namespace Caravan.Data.Panels;

/// <summary>Which coding conventions to follow where Caravan deliberately differs from peacesciencer.</summary>
public enum PanelConventions
{
    /// <summary>Caravan's defaults (documented in docs/panel-conventions.md).</summary>
    Caravan,

    /// <summary>Reproduce peacesciencer's choices where Caravan differs.</summary>
    Peacesciencer,
}

/// <summary>Which MID data the MID and peace-years steps use.</summary>
public enum MidSource
{
    /// <summary>Gibler–Miller–Little corrected MIDs (v2.2.1, 1816–2010); peacesciencer's default.</summary>
    Gml,

    /// <summary>Correlates of War MID (v5.0, 1816–2014).</summary>
    CorrelatesOfWar,
}

/// <summary>
/// What panel to build: the frozen options record. State sets are codes in the chosen system
/// (COW ccodes or G-W codes); resolve names/ISO3 before (the CLI does).
/// </summary>
public sealed record PanelSpec
{
    public PanelSpec(PanelUnit unit, StateSystem system, YearRange years)
    {
        Unit = unit;
        System = system;
        Years = years;
    }

    public PanelUnit Unit { get; init; }

    public StateSystem System { get; init; }

    public YearRange Years { get; init; }

    /// <summary>Keep only these states (both sides of a dyad must be in the set). Null = all.</summary>
    public IReadOnlySet<int>? States { get; init; }

    /// <summary>Keep only dyads with at least one side in this set (dyadic units only). Null = all.</summary>
    public IReadOnlySet<int>? With { get; init; }

    /// <summary>Keep only politically relevant dyads (any contiguity, or a COW major power on either side).</summary>
    public bool PoliticallyRelevantOnly { get; init; }

    /// <summary>Drop peacesciencer's false COW dyad-years (pairs whose memberships never overlap within the year).</summary>
    public bool DropFalseDyads { get; init; } = true;

    public PanelConventions Conventions { get; init; } = PanelConventions.Caravan;

    public MidSource Mids { get; init; } = MidSource.Gml;

    /// <summary>User tables joined after the add steps (<c>panel --join</c>), in order.</summary>
    public IReadOnlyList<Joins.UserJoin> Joins { get; init; } = [];

    /// <summary>An event store (folder made by <c>caravan events ingest</c>): the events step adds its dyad-year measures. Null = shipped extracts only.</summary>
    public string? EventStore { get; init; }

    public bool IsDyadic => Unit != PanelUnit.StateYear;
}
