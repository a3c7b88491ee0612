using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Scenarios;

/// <summary>One theory's prediction for one dyad-year: baseline (observed covariates) and scenario, with their first difference.</summary>
/// <param name="OutsideSupport">Variables the scenario pushed outside the estimation sample's range (empty if none).</param>
/// <param name="CarriedForward">After the estimation sample (2014): the model's covariates carried forward from their last
/// observed year, or assumed (peace-years: no MID after 2014), in this dyad-year, as in predicted_risk.csv (empty if all observed).</param>
public sealed record ScenarioYear(
    int Year,
    double BaselineMean, double BaselineLower, double BaselineUpper,
    double ScenarioMean, double ScenarioLower, double ScenarioUpper,
    double DifferenceMean, double DifferenceLower, double DifferenceUpper,
    IReadOnlyList<string> OutsideSupport,
    IReadOnlyList<string>? CarriedForward = null)
{
    /// <summary>The carried or assumed covariates of this year (empty if all observed).</summary>
    public IReadOnlyList<string> Carried => CarriedForward ?? [];
}

/// <summary>A theory's predictions under a scenario, per year.</summary>
public sealed record TheoryScenario(string Theory, string Formula, IReadOnlyList<ScenarioYear> Years);

/// <summary>The scenario's predictions for every theory it affects, with the years asked for that have no complete data.</summary>
/// <param name="ObservedLastYear">The last year of the models' estimation sample (2014): later years rest on carried-forward
/// covariates and the labelled no-MID assumption, flagged per year in <see cref="ScenarioYear.Carried"/>.</param>
public sealed record ScenarioOutcome(
    FocusDyad Dyad, ScenarioChanges Changes, string Description, string Sample, IReadOnlyList<TheoryScenario> Theories,
    IReadOnlyList<int> YearsWithoutData, int Draws, int Seed, int ObservedLastYear = FocusPanel.MidLastYear)
{
    /// <summary>What the years after <see cref="ObservedLastYear"/> rest on, in words (empty when the span ends before).</summary>
    public string Assumption => Changes.ToYear <= ObservedLastYear ? ""
        : $"Years after {ObservedLastYear} lie beyond the models' estimation sample: covariates that end earlier are carried forward from their last observed year and peace-years assume no MID recorded after {ObservedLastYear} (listed per year), as in the study's predicted_risk.csv.";
}

/// <summary>
/// Evaluates <see cref="ScenarioChanges"/> against the study's fitted models (each theory's logit on politically relevant
/// dyads 1992–2014, the models <c>predicted_risk.csv</c> uses) as a matrix product over coefficient draws made once per
/// model with the study's seed and number of draws: the baseline equals the study's "observed" predicted risk. Years up to
/// 2014 use the estimation sample's rows; later years, to the last year the study's covariates exist (2023), use the
/// study's focus panel (<see cref="FocusPanel"/>) with its carried-forward covariates named per year.
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

    /// <summary>The last year of the estimation sample (later years rest on carried covariates).</summary>
    public int ObservedLastYear => models.Count == 0 ? FocusPanel.MidLastYear : models.Max(m => m.Fit.Sample.Years.Last);

    public int Draws { get; }

    public int Seed { get; }

    /// <summary>Years a scenario can cover with data: the estimation sample's, then the focus panel's to its last year.</summary>
    public (int First, int Last) Years => models.Count == 0 ? (0, -1) : (models.Min(m => m.Rows.Keys.Min(k => k.Year)), models.Max(m => m.Rows.Keys.Max(k => k.Year)));

    /// <summary>Draws the coefficients of the study's prediction models once (the study's seed and draws).</summary>
    public static ScenarioSimulator From(StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var post = study.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null
            && f.Sample.Dyads == DyadSet.PoliticallyRelevant && f.Sample.Years.First == 1992).ToArray();
        var options = new SimulationOptions(Draws: study.Options.Draws, Seed: study.Options.Seed);
        var ties = study.Trade.ToDictionary(t => (t.Dyad.DyadId, t.Year), t => (t.Sco, t.SharedIgos));
        var models = post.Select(f => Model.Of(f, options, ties, study.Focus)).ToArray();
        return new ScenarioSimulator(models, post.FirstOrDefault()?.Sample.Label ?? "", options.Draws, options.Seed);
    }

    public ScenarioOutcome Evaluate(ScenarioChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var dyad = changes.Validate();
        var years = Enumerable.Range(changes.FromYear, changes.ToYear - changes.FromYear + 1).ToArray();
        var theories = new TheoryScenario[models.Count];
        var covered = new bool[models.Count][];
        // Models are independent and read-only: evaluate them side by side.
        Parallel.For(0, models.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var m = models[k];
            covered[k] = new bool[years.Length];
            var rows = new List<ScenarioYear>();
            foreach (var year in years)
            {
                if (!m.Rows.TryGetValue((dyad.DyadId, year), out var observed))
                {
                    continue;
                }

                covered[k][year - changes.FromYear] = true;
                var values = changes.Apply(observed);
                var set = m.Variables.ToDictionary(v => v, v => values[v], StringComparer.Ordinal);
                var baseline = m.Baseline[(dyad.DyadId, year)];
                var ev1 = m.Draws.ExpectedValues(m.Draws.DesignRow(new Scenario(set)));
                var diff = new double[ev1.Length];
                for (var i = 0; i < diff.Length; i++)
                {
                    diff[i] = ev1[i] - baseline.Draws[i];
                }

                var q1 = m.Draws.Summarise("Expected value E(Y|X1)", ev1);
                var fd = m.Draws.Summarise("First difference E(Y|X1) - E(Y|X)", diff);
                rows.Add(new ScenarioYear(year, baseline.Summary.Mean, baseline.Summary.Lower, baseline.Summary.Upper,
                    q1.Mean, q1.Lower, q1.Upper, fd.Mean, fd.Lower, fd.Upper, m.Support.Outside(set),
                    m.Carried.TryGetValue((dyad.DyadId, year), out var carried) ? carried : []));
            }

            theories[k] = new TheoryScenario(m.Fit.Theory.Name, m.Fit.Formula, rows);
        });

        var missing = years.Where((_, i) => !covered.Any(c => c[i])).ToArray();
        return new ScenarioOutcome(dyad, changes, changes.Describe(), Sample, theories, missing, Draws, Seed, ObservedLastYear);
    }

    /// <summary>
    /// A fitted model with its stored draws and its China–Central Asia rows: the observed model variables by dyad-year, plus
    /// SCO co-membership and shared IGOs from the study's regional table when the model does not use them (a scenario's
    /// SCO or IGO change moves the expectations' commitment signal in every model). After the estimation sample, the rows
    /// come from the focus panel, with the model's carried covariates per dyad-year.
    /// </summary>
    private sealed record Model(
        TheoryFit Fit, CoefficientDraws Draws, string[] Variables, IReadOnlyDictionary<(int Dyad, int Year), Dictionary<string, double>> Rows,
        IReadOnlyDictionary<(int Dyad, int Year), (double[] Draws, QuantityOfInterest Summary)> Baseline, SupportRanges Support,
        IReadOnlyDictionary<(int Dyad, int Year), IReadOnlyList<string>> Carried)
    {
        public static Model Of(TheoryFit fit, SimulationOptions options, IReadOnlyDictionary<(int, int), (double Sco, double Igos)> ties, FocusPanel? focus)
        {
            var variables = fit.Theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic)
                .Concat(fit.Theory.RequiredColumns(StudyColumns.Controls)).Distinct().ToArray();
            var source = fit.Fit!.Variance.Source;
            var ids = FocusDyad.All.Select(d => d.DyadId).ToHashSet();
            var rows = new Dictionary<(int, int), Dictionary<string, double>>();
            var carried = new Dictionary<(int, int), IReadOnlyList<string>>();
            AddRows(source, _ => true);
            if (focus is not null)
            {
                // Beyond the estimation sample: the focus panel's rows (the same rows predicted_risk.csv uses).
                var lastSampleYear = fit.Sample.Years.Last;
                var focusYear = focus.Frame.Numeric(StudyColumns.Year).Values;
                AddRows(focus.Frame, r => focusYear[r] > lastSampleYear);
                foreach (var ((d, y), list) in focus.CarriedCovariates ?? new Dictionary<(double, int), IReadOnlyList<CarriedCovariate>>())
                {
                    var mine = list.Where(c => variables.Contains(c.Variable, StringComparer.Ordinal)).Select(c => c.Note).ToArray();
                    if (y > lastSampleYear && mine.Length > 0 && rows.ContainsKey(((int)d, y)))
                    {
                        carried[((int)d, y)] = mine;
                    }
                }
            }

            void AddRows(Frame frame, Func<int, bool> take)
            {
                var dyadColumn = frame.Numeric(StudyColumns.Dyad).Values;
                var yearColumn = frame.Numeric(StudyColumns.Year).Values;
                var columns = variables.Where(frame.Contains).Select(c => (c, ((NumericColumn)frame[c]).Values)).ToArray();
                for (var r = 0; r < frame.RowCount; r++)
                {
                    var id = (int)dyadColumn[r];
                    if (!ids.Contains(id) || !take(r))
                    {
                        continue;
                    }

                    var values = columns.ToDictionary(c => c.c, c => c.Values[r], StringComparer.Ordinal);
                    if (variables.All(v => values.TryGetValue(v, out var x) && double.IsFinite(x)))
                    {
                        // The row's own SCO and IGO ties where the frame has them (the focus panel after 2014: curated SCO,
                        // carried IGOs), else the regional table's.
                        foreach (var tie in new[] { StudyColumns.Sco, StudyColumns.SharedIgos })
                        {
                            if (frame.Contains(tie) && frame[tie] is NumericColumn own && double.IsFinite(own.Values[r]))
                            {
                                values.TryAdd(tie, own.Values[r]);
                            }
                        }

                        if (ties.TryGetValue((id, (int)yearColumn[r]), out var t))
                        {
                            values.TryAdd(StudyColumns.Sco, t.Sco);
                            values.TryAdd(StudyColumns.SharedIgos, t.Igos);
                        }

                        rows[(id, (int)yearColumn[r])] = values;
                    }
                }
            }

            var draws = CoefficientDraws.Draw(fit.Fit, options);
            // The baseline (observed covariates) of every dyad-year, simulated once: E(Y|X) per draw and its summary.
            var baseline = rows.ToDictionary(kv => kv.Key, kv =>
            {
                var ev = draws.ExpectedValues(draws.DesignRow(new Scenario(variables.ToDictionary(v => v, v => kv.Value[v], StringComparer.Ordinal))));
                return (ev, draws.Summarise("Expected value E(Y|X)", ev));
            });
            return new Model(fit, draws, variables, rows, baseline, SupportRanges.Of(fit.Fit, variables), carried);
        }
    }
}
