using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Web.Security;

namespace Caravan.Web.Api;

/// <summary>
/// The panel builder's form: the options of <c>caravan panel</c> (same names, same defaults, same error messages), checked
/// against the server's budget before anything is built.
/// </summary>
internal sealed record PanelForm
{
    /// <summary>Upper bound on states in the system in any year (COW has at most 195).</summary>
    private const int WorldStates = 200;

    public string Unit { get; init; } = "dyad-year";

    public string Years { get; init; } = "1992-2014";

    public string? States { get; init; } = "CHN,KAZ,KGZ,TJK,TKM,UZB";

    public string? With { get; init; }

    public string System { get; init; } = "cow";

    public bool Relevant { get; init; }

    public string Steps { get; init; } = "all";

    public string Mids { get; init; } = "gml";

    public string Conventions { get; init; } = "caravan";

    public bool KeepFalseDyads { get; init; }

    /// <summary>The options as the CLI line they stand for (shown beside the result).</summary>
    public string CommandLine() =>
        $"caravan panel --unit {Unit} --years {Years}{(string.IsNullOrWhiteSpace(States) ? "" : $" --states {States}")}{(string.IsNullOrWhiteSpace(With) ? "" : $" --with {With}")}"
        + $" --system {System}{(Relevant ? " --relevant" : "")} --steps {Steps} --mids {Mids} --conventions {Conventions}{(KeepFalseDyads ? " --keep-false-dyads" : "")} --out panel.csv";

    /// <summary>The panel spec and steps; a bad option is a <see cref="PanelException"/> worded as the CLI words it.</summary>
    public (PanelSpec Spec, string[] Steps) ToSpec()
    {
        foreach (var (name, value) in new[] { ("--unit", Unit), ("--years", Years), ("--states", States), ("--with", With), ("--system", System), ("--steps", Steps), ("--mids", Mids), ("--conventions", Conventions) })
        {
            if (value is { Length: > 400 })
            {
                throw new PanelException($"{name}: {value.Length} characters; at most 400.");
            }
        }

        var range = YearRange.Parse(Years ?? "");
        var sys = PanelOptions.System(System);
        var unit = PanelOptions.Unit(Unit);
        var spec = new PanelSpec(unit, sys, range)
        {
            States = string.IsNullOrWhiteSpace(States) ? null : PanelStates.Resolve(States, sys, range),
            With = string.IsNullOrWhiteSpace(With) ? null : PanelStates.Resolve(With, sys, range),
            PoliticallyRelevantOnly = Relevant,
            DropFalseDyads = !KeepFalseDyads,
            Mids = PanelOptions.Mids(Mids),
            Conventions = PanelOptions.Conventions(Conventions),
        };
        var steps = (Steps ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (steps.Length > 40)
        {
            throw new PanelException($"--steps: {steps.Length} names; there are only {PanelBuilder.StepNames.Count} steps.");
        }

        var bound = UpperBoundRows(spec);
        if (bound > WorkBudget.MaxRows)
        {
            throw new PanelException(
                $"this panel could have up to {bound:N0} rows; the web server builds at most {WorkBudget.MaxRows:N0} (memory budget). Narrow --years or --states (or --with), or build it with the CLI: {CommandLine()}");
        }

        return (spec, steps);
    }

    /// <summary>An upper bound on the panel's rows from the unit, the years and the state filters (before any build).</summary>
    public static long UpperBoundRows(PanelSpec spec)
    {
        long years = spec.Years.Last - spec.Years.First + 1;
        long n = spec.States?.Count ?? WorldStates;
        if (spec.Unit == PanelUnit.StateYear)
        {
            return n * years;
        }

        long pairs = spec.With is { } w ? Math.Min(w.Count, n) * n : n * (n - 1) / 2;
        return (spec.Unit == PanelUnit.DirectedDyadYear ? 2 : 1) * pairs * years;
    }
}
