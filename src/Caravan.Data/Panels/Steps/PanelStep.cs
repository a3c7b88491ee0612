using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// One "add" step: given the panel universe, a SELECT returning the panel's key columns plus the new columns,
/// exactly one row per panel row (the builder checks this and joins). Missing outside the source's coverage.
/// </summary>
internal abstract class PanelStep
{
    public static readonly IReadOnlySet<PanelUnit> AllUnits = new HashSet<PanelUnit> { PanelUnit.StateYear, PanelUnit.DyadYear, PanelUnit.DirectedDyadYear };
    public static readonly IReadOnlySet<PanelUnit> DyadicUnits = new HashSet<PanelUnit> { PanelUnit.DyadYear, PanelUnit.DirectedDyadYear };

    /// <summary>The step's name on the command line ("contiguity").</summary>
    public abstract string Name { get; }

    /// <summary>A short title for progress and notes.</summary>
    public abstract string Title { get; }

    /// <summary>The units the step applies to.</summary>
    public virtual IReadOnlySet<PanelUnit> Units => AllUnits;

    /// <summary>True for the steps "all" applies; false for opt-in steps (named, or "every").</summary>
    public virtual bool InAll => true;

    /// <summary>The shipped tables it reads.</summary>
    public abstract IReadOnlyList<string> Sources { get; }

    /// <summary>The tables actually read for this spec (e.g. only the chosen MID data); defaults to <see cref="Sources"/>.</summary>
    public virtual IReadOnlyList<string> SourcesFor(PanelSpec spec) => Sources;

    /// <summary>Builds the step's SELECT against the universe.</summary>
    public abstract StepResult Build(StepContext context);
}

/// <summary>What a step contributes: its SELECT (keys + new columns), a codebook entry per new column, and notes.</summary>
internal sealed record StepResult(string Sql, IReadOnlyList<CodebookEntry> Columns, IReadOnlyList<string> Notes)
{
    /// <summary>Tables read only in some cases (e.g. an optional extension), beyond the step's Sources.</summary>
    public IReadOnlyList<string> ExtraSources { get; init; } = [];
}
