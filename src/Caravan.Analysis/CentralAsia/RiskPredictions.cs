using Caravan.Analysis.Models;
using Caravan.Analysis.Scenarios;
using Caravan.Core.Frames;
using Caravan.Estimation.Simulation;
using Caravan.Core.Panels;

namespace Caravan.Analysis.CentralAsia;

/// <summary>A theory's simulated annual probability of a MID onset for one China–Central Asia dyad-year under a scenario.</summary>
/// <param name="OutsideSupport">Variables the scenario pushed outside the estimation sample's range (empty if none).</param>
/// <param name="CarriedForward">The covariates of this theory's model carried forward from an earlier year, or assumed, in this dyad-year (empty if all observed).</param>
/// <param name="LeftCensored">True in the dyad's first years, while its peace-years clock (started at independence) is not yet informative.</param>
public sealed record PredictedRisk(
    string Theory, FocusDyad Dyad, int Year, string Scenario, double Mean, double Lower, double Upper, string OutsideSupport,
    string CarriedForward = "", bool LeftCensored = false, IReadOnlyList<CarriedCovariate>? Carried = null)
{
    /// <summary>The carried covariates one by one (empty if all observed).</summary>
    public IReadOnlyList<CarriedCovariate> CarriedCovariates => Carried ?? [];
}

/// <summary>
/// Predicts, with simulation intervals (King, Tomz &amp; Wittenberg 2000), each theory's annual probability of a MID onset
/// for the China–Central Asia dyad-years, from the model fitted on the world panel: there is no MID between China and a
/// Central Asian state in the data, so these numbers are the world panel's average relationships applied to the
/// five dyads' covariates, not dyad-specific estimates.
/// </summary>
public static class RiskPredictions
{
    /// <summary>
    /// Years after a new state's entry during which its peace-years clock is left-censored: the clock starts at
    /// independence (1991–92 for the Central Asian states), so the models' peace-years terms treat the dyad as one that
    /// has just fought. Risk in these years is drawn shaded and labelled, not read as a finding.
    /// </summary>
    public const int CensoredYears = 5;

    /// <summary>Predicts every focus dyad-year of <paramref name="focus"/> from the fit's first sample year to the panel's last year.</summary>
    public static IReadOnlyList<PredictedRisk> Predict(TheoryFit fit, FocusPanel focus, Counterfactual scenario, SimulationOptions options) =>
        Predict(fit, focus.Frame, scenario, options, new YearRange(fit.Sample.Years.First, focus.LastYear), focus.CarriedCovariates, focus.Dyads);

    public static IReadOnlyList<PredictedRisk> Predict(TheoryFit fit, Frame world, Counterfactual scenario, SimulationOptions options,
        YearRange? years = null, IReadOnlyDictionary<(double Dyad, int Year), IReadOnlyList<CarriedCovariate>>? carried = null, IReadOnlyList<FocusDyad>? dyads = null)
    {
        var window = years ?? fit.Sample.Years;
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
        foreach (var d in dyads ?? FocusDyad.All)
        {
            var rows = Enumerable.Range(0, world.RowCount)
                .Where(r => (int)c1[r] == Math.Min(d.Ccode, d.FocusCcode) && (int)c2[r] == Math.Max(d.Ccode, d.FocusCcode) && window.Contains((int)yr[r]))
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
                // Left-censored: the clock has run fewer than CensoredYears years since it started with the dyad (no MID reset).
                var py = world.Numeric(StudyColumns.PeaceYears).Values;
                var firstYear = (int)yr[rows[0]];
                var censored = py[r] < CensoredYears && py[r] == py[rows[0]] + ((int)yr[r] - firstYear) && py[rows[0]] <= 1;
                // Only the covariates this theory's model uses (a carried IGO count does not move the Realist risk).
                var mine = carried is not null && carried.TryGetValue((d.DyadId, (int)yr[r]), out var c)
                    ? c.Where(x => variables.Contains(x.Variable, StringComparer.Ordinal)).ToArray() : [];
                result.Add(new PredictedRisk(fit.Theory.Name, d, (int)yr[r], scenario.Key, sim.ExpectedValue.Mean,
                    sim.ExpectedValue.Lower, sim.ExpectedValue.Upper, string.Join("; ", outside), string.Join("; ", mine.Select(x => x.Note)), censored, mine));
            }
        }

        return result;
    }
}
