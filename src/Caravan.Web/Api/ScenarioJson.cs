using Caravan.Analysis.Scenarios;

namespace Caravan.Web.Api;

/// <summary>The JSON shape of a scenario's outcome (the web API's answer and <c>caravan scenario --json</c>).</summary>
public static class ScenarioJson
{
    /// <summary>The outcome as JSON (also what <c>caravan scenario</c> prints with --json).</summary>
    public static object Shape(ScenarioOutcome o, double serverMs) => new
    {
        dyad = new { iso3 = o.Dyad.Iso3, name = o.Dyad.Name, label = o.Dyad.Label },
        scenario = o.Changes,
        description = o.Description,
        sample = o.Sample,
        draws = o.Draws,
        seed = o.Seed,
        yearsWithoutData = o.YearsWithoutData,
        outsideSupport = o.Theories.SelectMany(t => t.Years.SelectMany(y => y.OutsideSupport.Select(s => $"{t.Theory} {y.Year}: {s}"))).Take(50),
        serverMs = Math.Round(serverMs, 2),
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
            }),
        }),
    };
    private static double? N(double x) => double.IsFinite(x) ? x : null;
}
