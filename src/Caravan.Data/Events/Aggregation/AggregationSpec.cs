using Caravan.Core.Panels;

namespace Caravan.Data.Events.Aggregation;

/// <summary>The time unit of an aggregate.</summary>
public enum DyadPeriod
{
    Year,
    Month,
    Day,
}

/// <summary>De-duplication rules, applied in this order.</summary>
public enum EventDedup
{
    /// <summary>Every stored row counts.</summary>
    None,

    /// <summary>One row per (dataset, event id): the latest version (largest slot; then source file, line) — GDELT re-issues ids across updates.</summary>
    EventId,

    /// <summary>Event id first, then one event per (dataset, directed dyad, day, CAMEO code) — the "one event per dyad-day-code" rule.</summary>
    DyadDayCode,
}

/// <summary>
/// What to aggregate (frozen). Dyads are COW states on both sides (events with an unmapped or equal side are left
/// out); non-directed dyads put the lower COW code first.
/// </summary>
public sealed record AggregationSpec
{
    public DyadPeriod Period { get; init; } = DyadPeriod.Year;

    public bool Directed { get; init; }

    public EventDedup Dedup { get; init; } = EventDedup.EventId;

    /// <summary>Both actors must be state actors (<see cref="StateActors"/>).</summary>
    public bool StateActorsOnly { get; init; }

    /// <summary>Minimum GDELT NumMentions (ICEWS rows, which have none, are dropped when &gt; 0).</summary>
    public int MinMentions { get; init; }

    /// <summary>Minimum GDELT NumSources (ICEWS rows dropped when &gt; 0).</summary>
    public int MinSources { get; init; }

    /// <summary>GDELT root events only (IsRootEvent = 1); ICEWS rows have no such flag and are kept.</summary>
    public bool RootOnly { get; init; }

    /// <summary>Keep events whose CAMEO code is in one of these ranges (empty = all).</summary>
    public IReadOnlyList<CameoRange> Cameo { get; init; } = [];

    /// <summary>Datasets to use (empty = all); results are always per dataset.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary>Both sides must be in this set of COW codes (null = any).</summary>
    public IReadOnlySet<int>? States { get; init; }

    /// <summary>At least one side in this set (null = any).</summary>
    public IReadOnlySet<int>? With { get; init; }

    /// <summary>Event years (null = all).</summary>
    public YearRange? Years { get; init; }

    /// <summary>With <see cref="States"/>: add every dyad of the set in every covered period, 0 events where none (true zeros only where covered).</summary>
    public bool FillZeros { get; init; } = true;
}
