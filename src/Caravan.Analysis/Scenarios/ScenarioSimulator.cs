using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Scenarios;

/// <summary>One theory's prediction for one dyad-year: baseline (observed covariates) and scenario, with their first difference.</summary>
/// <param name="OutsideSupport">Variables the scenario pushed outside the estimation sample's range (empty if none).</param>
public sealed record ScenarioYear(
    int Year,
    double BaselineMean, double BaselineLower, double BaselineUpper,
    double ScenarioMean, double ScenarioLower, double ScenarioUpper,
    double DifferenceMean, double DifferenceLower, double DifferenceUpper,
    IReadOnlyList<string> OutsideSupport);

/// <summary>A theory's predictions under a scenario, per year.</summary>
public sealed record TheoryScenario(string Theory, string Formula, IReadOnlyList<ScenarioYear> Years);

/// <summary>The scenario's predictions for every theory it affects, with the years asked for that have no complete data.</summary>
public sealed record ScenarioOutcome(
    FocusDyad Dyad, ScenarioChanges Changes, string Description, string Sample, IReadOnlyList<TheoryScenario> Theories,
    IReadOnlyList<int> YearsWithoutData, int Draws, int Seed);

/// <summary>
/// Evaluates <see cref="ScenarioChanges"/> against the study's fitted models (each theory's logit on politically relevant
/// dyads 1992–2014, the models <c>predicted_risk.csv</c> uses) as a matrix product over coefficient draws made once per
/// model with the study's seed and number of draws: the baseline equals the study's "observed" predicted risk.
/// Thread-safe after construction.
/// </summary>
public sealed class ScenarioSimulator
{
    private readonly IReadOnlyList<Model> models;

    private ScenarioSimulator(IReadOnlyList<Model> models, string sample, int draws, int seed)
    {
        this.models = models;
        Sample = sample;
        Draws = draws;
        Seed = seed;
    }

    public string Sample { get; }

    public int Draws { get; }

    public int Seed { get; }

    /// <summary>Years of the estimation sample (the span a scenario can cover with data).</summary>
    public (int First, int Last) Years => models.Count == 0 ? (0, -1) : (models.Min(m => m.Rows.Keys.Min(k => k.Year)), models.Max(m => m.Rows.Keys.Max(k => k.Year)));

    /// <summary>Draws the coefficients of the study's prediction models once (the study's seed and draws).</summary>
    public static ScenarioSimulator From(StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var post = study.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null
            && f.Sample.Dyads == DyadSet.PoliticallyRelevant && f.Sample.Years.First == 1992).ToArray();
        var options = new SimulationOptions(Draws: study.Options.Draws, Seed: study.Options.Seed);
        var ties = study.Trade.ToDictionary(t => (t.Dyad.DyadId, t.Year), t => (t.Sco, t.SharedIgos));
        var models = post.Select(f => Model.Of(f, options, ties)).ToArray();
        return new ScenarioSimulator(models, post.FirstOrDefault()?.Sample.Label ?? "", options.Draws, options.Seed);
    }

    public ScenarioOutcome Evaluate(ScenarioChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var dyad = changes.Validate();
        var years = Enumerable.Range(changes.FromYear, changes.ToYear - changes.FromYear + 1).ToArray();
        var theories = new List<TheoryScenario>();
        var missing = new SortedSet<int>(years);
        foreach (var m in models)
        {
            var rows = new List<ScenarioYear>();
            foreach (var year in years)
            {
                if (!m.Rows.TryGetValue((dyad.DyadId, year), out var observed))
                {
                    continue;
                }

                missing.Remove(year);
                var values = changes.Apply(observed);
                var set = m.Variables.ToDictionary(v => v, v => values[v], StringComparer.Ordinal);
                var scenario = m.Draws.DesignRow(new Scenario(set));
                var sim = m.Draws.SimulateRows(m.Baseline[(dyad.DyadId, year)], scenario);
                rows.Add(new ScenarioYear(year, sim.ExpectedValue.Mean, sim.ExpectedValue.Lower, sim.ExpectedValue.Upper,
                    sim.ExpectedValue1!.Mean, sim.ExpectedValue1.Lower, sim.ExpectedValue1.Upper,
                    sim.FirstDifference!.Mean, sim.FirstDifference.Lower, sim.FirstDifference.Upper,
                    m.Support.Outside(set)));
            }

            theories.Add(new TheoryScenario(m.Fit.Theory.Name, m.Fit.Formula, rows));
        }

        return new ScenarioOutcome(dyad, changes, changes.Describe(), Sample, theories, [.. missing], Draws, Seed);
    }

    /// <summary>
    /// A fitted model with its stored draws and its China–Central Asia rows: the observed model variables by dyad-year, plus
    /// SCO co-membership and shared IGOs from the study's regional table when the model does not use them (a scenario's
    /// SCO or IGO change moves the expectations' commitment signal in every model).
    /// </summary>
    private sealed record Model(
        TheoryFit Fit, CoefficientDraws Draws, string[] Variables, IReadOnlyDictionary<(int Dyad, int Year), Dictionary<string, double>> Rows,
        IReadOnlyDictionary<(int Dyad, int Year), double[]> Baseline, SupportRanges Support)
    {
        public static Model Of(TheoryFit fit, SimulationOptions options, IReadOnlyDictionary<(int, int), (double Sco, double Igos)> ties)
        {
            var variables = fit.Theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic)
                .Concat(fit.Theory.RequiredColumns(StudyColumns.Controls)).Distinct().ToArray();
            var source = fit.Fit!.Variance.Source;
            var dyad = source.Numeric(StudyColumns.Dyad).Values;
            var year = source.Numeric(StudyColumns.Year).Values;
            var ids = FocusDyad.All.Select(d => d.DyadId).ToHashSet();
            var rows = new Dictionary<(int, int), Dictionary<string, double>>();
            var columns = variables.Where(source.Contains).Select(c => (c, ((NumericColumn)source[c]).Values)).ToArray();
            for (var r = 0; r < source.RowCount; r++)
            {
                var id = (int)dyad[r];
                if (!ids.Contains(id))
                {
                    continue;
                }

                var values = columns.ToDictionary(c => c.c, c => c.Values[r], StringComparer.Ordinal);
                if (variables.All(v => values.TryGetValue(v, out var x) && double.IsFinite(x)))
                {
                    if (ties.TryGetValue((id, (int)year[r]), out var t))
                    {
                        values.TryAdd(StudyColumns.Sco, t.Sco);
                        values.TryAdd(StudyColumns.SharedIgos, t.Igos);
                    }

                    rows[(id, (int)year[r])] = values;
                }
            }

            var draws = CoefficientDraws.Draw(fit.Fit, options);
            var baseline = rows.ToDictionary(kv => kv.Key,
                kv => draws.DesignRow(new Scenario(variables.ToDictionary(v => v, v => kv.Value[v], StringComparer.Ordinal))));
            return new Model(fit, draws, variables, rows, baseline, SupportRanges.Of(fit.Fit, variables));
        }
    }
}
