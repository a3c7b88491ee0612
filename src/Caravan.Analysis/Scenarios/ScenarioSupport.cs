using Caravan.Estimation.Results;

namespace Caravan.Analysis.Scenarios;

/// <summary>Checks that a scenario's values lie inside the range of the data the model was estimated on.</summary>
public static class ScenarioSupport
{
    /// <summary>Returns the variables whose scenario value lies outside [min, max] of the estimation sample, with the range.</summary>
    public static IReadOnlyList<string> Outside(FitResult fit, IReadOnlyDictionary<string, double> values)
    {
        var problems = new List<string>();
        foreach (var (name, v) in values)
        {
            if (!fit.Variance.Source.TryGet(name, out var col) || col is not Core.Frames.NumericColumn n)
            {
                continue;
            }

            double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            foreach (var r in fit.Variance.SampleRows)
            {
                var x = n.Values[r];
                if (x < lo)
                {
                    lo = x;
                }

                if (x > hi)
                {
                    hi = x;
                }
            }

            if (v < lo || v > hi)
            {
                problems.Add($"{name} = {v:G4} outside the estimation sample's range [{lo:G4}, {hi:G4}]");
            }
        }

        return problems;
    }

    /// <summary>Throws a clear error when a scenario is outside the data's support.</summary>
    public static void Require(FitResult fit, IReadOnlyDictionary<string, double> values, string scenario)
    {
        var p = Outside(fit, values);
        if (p.Count > 0)
        {
            throw new StudyInputException($"Scenario '{scenario}' leaves the data's support: {string.Join("; ", p)}. The model cannot say what happens there; choose values inside the observed range.");
        }
    }
}
