using Caravan.Analysis.Models;
using Caravan.Analysis.Scenarios;
using Caravan.Core.Frames;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.CentralAsia;

/// <summary>A theory's simulated annual probability of a MID onset for one China–Central Asia dyad-year under a scenario.</summary>
/// <param name="OutsideSupport">Variables the scenario pushed outside the estimation sample's range (empty if none).</param>
public sealed record PredictedRisk(
    string Theory, FocusDyad Dyad, int Year, string Scenario, double Mean, double Lower, double Upper, string OutsideSupport);

/// <summary>
/// Predicts, with simulation intervals (King, Tomz &amp; Wittenberg 2000), each theory's annual probability of a MID onset
/// for the China–Central Asia dyad-years, from the model fitted on the world panel: there is no MID between China and a
/// Central Asian state in the data, so these numbers are the world panel's average relationships applied to the
/// five dyads' covariates, not dyad-specific estimates.
/// </summary>
public static class RiskPredictions
{
    public static IReadOnlyList<PredictedRisk> Predict(TheoryFit fit, Frame world, Counterfactual scenario, SimulationOptions options)
    {
        if (fit.Fit is null)
        {
            return [];
        }

        var variables = fit.Theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic)
            .Concat(fit.Theory.RequiredColumns(StudyColumns.Controls)).Distinct().ToArray();
        var extra = new[] { Indicators.TradeExpectations.Trend };
        var c1 = world.Numeric(StudyColumns.Ccode1).Values;
        var c2 = world.Numeric(StudyColumns.Ccode2).Values;
        var yr = world.Numeric(StudyColumns.Year).Values;
        var result = new List<PredictedRisk>();
        foreach (var d in FocusDyad.All)
        {
            var rows = Enumerable.Range(0, world.RowCount)
                .Where(r => (int)c1[r] == d.Ccode && (int)c2[r] == FocusDyad.China && fit.Sample.Years.Contains((int)yr[r]))
                .OrderBy(r => yr[r]).ToArray();
            Dictionary<string, double> Values(int r) => variables.Concat(extra).Where(world.Contains)
                .ToDictionary(v => v, v => world.Numeric(v).Values[r], StringComparer.Ordinal);
            var firstComplete = rows.Select(Values).FirstOrDefault(v => variables.All(x => double.IsFinite(v[x])));
            foreach (var r in rows)
            {
                var observed = Values(r);
                if (!variables.All(x => double.IsFinite(observed[x])) || firstComplete is null)
                {
                    continue;
                }

                var values = scenario.Apply(observed, firstComplete);
                var set = variables.ToDictionary(v => v, v => values[v], StringComparer.Ordinal);
                var outside = ScenarioSupport.Outside(fit.Fit, set);
                var sim = QuantitiesOfInterest.Simulate(fit.Fit, new Scenario(set), null, options);
                result.Add(new PredictedRisk(fit.Theory.Name, d, (int)yr[r], scenario.Key, sim.ExpectedValue.Mean,
                    sim.ExpectedValue.Lower, sim.ExpectedValue.Upper, string.Join("; ", outside)));
            }
        }

        return result;
    }
}
