using Caravan.Analysis.Scenarios;

namespace Caravan.Web.Api;

/// <summary>The JSON shape of a scenario's outcome (the web API's answer and <c>caravan scenario --json</c>).</summary>
public static class ScenarioJson
{
    /// <summary>The outcome as JSON (also what <c>caravan scenario</c> prints with --json).</summary>
    /// <param name="serverMs">Wall-clock time of the evaluation.</param>
    /// <param name="processCpuMs">CPU time of the whole server process during the evaluation (the evaluation's own CPU time when requests come one at a time; on a loaded machine wall time overstates the work).</param>
    public static object Shape(ScenarioOutcome o, double serverMs, double processCpuMs = double.NaN) => new
    {
        dyad = new { iso3 = o.Dyad.Iso3, name = o.Dyad.Name, label = o.Dyad.Label },
        scenario = o.Changes,
        description = o.Description,
        sample = o.Sample,
        draws = o.Draws,
        seed = o.Seed,
        yearsWithoutData = o.YearsWithoutData,
        observedLastYear = o.ObservedLastYear,
        assumption = o.Assumption,
        outsideSupport = o.Theories.SelectMany(t => t.Years.SelectMany(y => y.OutsideSupport.Select(s => $"{t.Theory} {y.Year}: {s}"))).Take(50),
        serverMs = Math.Round(serverMs, 2),
        processCpuMs = double.IsFinite(processCpuMs) ? Math.Round(processCpuMs, 2) : (double?)null,
        theories = o.Theories.Select(t => new
        {
            theory = t.Theory,
            formula = t.Formula,
            years = t.Years.Select(y => new
            {
                year = y.Year,
                baseline = new { mean = N(y.BaselineMean), lower = N(y.BaselineLower), upper = N(y.BaselineUpper) },
                scenario = new { mean = N(y.ScenarioMean), lower = N(y.ScenarioLower), upper = N(y.ScenarioUpper) },
                difference = new { mean = N(y.DifferenceMean), lower = N(y.DifferenceLower), upper = N(y.DifferenceUpper) },
                outsideSupport = y.OutsideSupport,
                carriedForward = y.Carried,
            }),
        }),
    };
    private static double? N(double x) => double.IsFinite(x) ? x : null;
}
