using Caravan.Analysis.Theories;
using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Simulation;
using Caravan.Estimation.Vcov;
using Caravan.Analysis.World;
using Caravan.Analysis.CentralAsia;

namespace Caravan.Analysis.Models;

/// <summary>
/// Fits a theory's specification — logit of MID onset on its key terms, the common controls and a cubic in
/// peace-years, dyad-clustered SEs (or Firth's logit as the rare-events check) — and gathers the evidence the
/// verdict rule needs: sign, p-value and the simulated first difference of each key term.
/// </summary>
public static class ConflictModel
{
    public static string Formula(TheorySpecification theory) =>
        $"{StudyColumns.MidOnset} ~ {string.Join(" + ", theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic))}";

    /// <summary>Columns a theory needs on the panel; a missing one is a clear error naming it and how to get it.</summary>
    public static void RequireColumns(Frame panel, TheorySpecification theory)
    {
        var needed = theory.RequiredColumns(StudyColumns.Controls)
            .Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.MidOnset).Append(StudyColumns.Dyad);
        var missing = needed.Where(c => !panel.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new StudyInputException(
                $"The {theory.Name} specification needs {string.Join(", ", missing.Select(m => $"'{m}' ({StudyColumns.HowToGet(m)})"))}; the panel lacks them.");
        }
    }

    /// <param name="panel">The world dyad-year panel (or any frame with the theory's columns).</param>
    /// <param name="theory">The specification.</param>
    /// <param name="sample">The sample.</param>
    /// <param name="kind">Logit or Firth.</param>
    /// <param name="simulation">Simulation options.</param>
    /// <param name="rule">The verdict rule (its <see cref="VerdictRule.Move"/> picks the evidence that decides).</param>
    /// <param name="focusDyads">Dyad ids of the focus region (for <see cref="FirstDifferenceMove.ZeroToFocusLevel"/>; null: China–Central Asia).</param>
    /// <param name="excludeDyads">Dyad ids left out of the estimation sample (influence and data-quality sensitivity rows).</param>
    /// <param name="excludeRows">Predicate on (dyad id, year) of dyad-years left out (e.g. flagged trade).</param>
    public static TheoryFit Fit(Frame panel, TheorySpecification theory, Sample sample, FitKind kind, SimulationOptions simulation, VerdictRule rule,
        IReadOnlySet<double>? focusDyads = null, IReadOnlySet<double>? excludeDyads = null, Func<double, int, bool>? excludeRows = null)
    {
        RequireColumns(panel, theory);
        var formula = Formula(theory);
        var columns = theory.Regressors(StudyColumns.Controls).Concat(theory.RequiredColumns(StudyColumns.Controls))
            .Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.MidOnset).Append(StudyColumns.Dyad)
            .Append(StudyColumns.Year).Append(Samples.RelevantColumn)
            .Concat(panel.Contains(MoveScenarios.TradeColumn) ? [MoveScenarios.TradeColumn] : []).Distinct().ToArray();
        var data = Samples.Select(new Frame(columns.Select(c => panel[c])), sample);
        data = CompleteCases(data, theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.MidOnset).ToArray());
        if (excludeDyads is { Count: > 0 } || excludeRows is not null)
        {
            var dy = data.Numeric(StudyColumns.Dyad).Values;
            var yr = data.Numeric(StudyColumns.Year).Values;
            data = Samples.Subset(data, Enumerable.Range(0, data.RowCount)
                .Where(r => !(excludeDyads?.Contains(dy[r]) ?? false) && !(excludeRows?.Invoke(dy[r], (int)yr[r]) ?? false)).ToArray());
        }

        var y = data.Numeric(StudyColumns.MidOnset).Values;
        var events = y.Count(v => v == 1);
        if (events == 0)
        {
            return Failed(theory, sample, kind, formula, 0, $"no MID onset in {sample.Label} with complete data for this specification");
        }

        Estimation.Results.FitResult fit;
        try
        {
            fit = kind == FitKind.Logit
                ? Estimation.Fit.Logit(data, formula, StudyConvergence.Logit)
                : Estimation.Fit.Firth(data, formula, new Estimation.Estimators.FirthOptions(ProfileLikelihood: false))
                    .WithVcov(new VcovSpec.Cluster(StudyColumns.Dyad));
        }
        catch (EstimationException e)
        {
            return Failed(theory, sample, kind, formula, events, e.Message);
        }

        var table = fit.Coefficients().ToDictionary(c => c.Term);
        // Medians and the scenario values over the estimation sample (the rows the fit used).
        var sampleRows = fit.Variance.SampleRows;
        var used = sampleRows.Length == data.RowCount ? data : Samples.Subset(data, sampleRows);
        var medians = theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic)
            .ToDictionary(v => v, v => Quantile(used.Numeric(v).Values.Where(double.IsFinite).ToArray(), 0.5), StringComparer.Ordinal);
        var focus = focusDyads ?? FocusDyad.All.Select(d => (double)d.DyadId).ToHashSet();
        var usedDyads = used.Numeric(StudyColumns.Dyad).Values;
        var focusRows = Enumerable.Range(0, used.RowCount).Where(r => focus.Contains(usedDyads[r])).ToArray();
        var byMove = new List<TermEvidence>();
        foreach (var move in FirstDifferenceMoves.All)
        {
            foreach (var key in theory.KeyTerms)
            {
                byMove.Add(Evidence(fit, used, theory, key, move, focusRows, table, medians, simulation));
            }
        }

        var evidence = byMove.Where(e => e.Move == rule.Move).ToArray();
        var outcomes = evidence.Select(rule.Judge).ToArray();
        return new TheoryFit(theory, sample, kind, formula, fit, evidence, outcomes, rule.JudgeSpecification(outcomes), events, null, byMove);
    }

    private static TermEvidence Evidence(Estimation.Results.FitResult fit, Frame used, TheorySpecification theory, KeyTerm key, FirstDifferenceMove move,
        IReadOnlyList<int> focusRows, IReadOnlyDictionary<string, Estimation.Results.CoefficientRow> table, IReadOnlyDictionary<string, double> medians,
        SimulationOptions simulation)
    {
        if (!table.TryGetValue(key.Term, out var row))
        {
            return new TermEvidence(key, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, move);
        }

        var scenario = MoveScenarios.Build(used, theory, key, move, focusRows);
        if (scenario is null)
        {
            return new TermEvidence(key, row.Estimate, row.StdError, row.PValue, double.NaN, double.NaN, double.NaN, double.NaN, move);
        }

        var sim = QuantitiesOfInterest.Simulate(fit, WithMedians(scenario.Low, medians), WithMedians(scenario.High, medians), simulation with { Others = HoldAt.Median });
        return new TermEvidence(key, row.Estimate, row.StdError, row.PValue, sim.ExpectedValue.Mean,
            sim.FirstDifference!.Mean, sim.FirstDifference.Lower, sim.FirstDifference.Upper, move, scenario.LowValue, scenario.HighValue, scenario.ConditionValue);
    }

    /// <summary>
    /// The low and high scenarios of a key term under the interquartile move (the rule before issue 9; see
    /// <see cref="MoveScenarios"/> for every move).
    /// </summary>
    public static (Scenario Low, Scenario High) FirstDifferenceScenarios(Frame data, TheorySpecification theory, KeyTerm key)
    {
        var s = MoveScenarios.Build(data, theory, key, FirstDifferenceMove.Interquartile, []) ?? throw new StudyInputException($"No finite values of {key.Moved}.");
        return (s.Low, s.High);
    }

    private static Scenario WithMedians(Scenario s, IReadOnlyDictionary<string, double> medians)
    {
        var d = new Dictionary<string, double>(medians, StringComparer.Ordinal);
        foreach (var (k, v) in s.Numeric)
        {
            d[k] = v;
        }

        return new Scenario(d);
    }

    /// <summary>Quantile, R type 7.</summary>
    public static double Quantile(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var s = (double[])values.Clone();
        Array.Sort(s);
        var h = (s.Length - 1) * p;
        var l = (int)Math.Floor(h);
        var u = Math.Min(l + 1, s.Length - 1);
        return s[l] + ((h - l) * (s[u] - s[l]));
    }

    private static Frame CompleteCases(Frame data, IReadOnlyList<string> columns)
    {
        var cols = columns.Select(c => data.Numeric(c).Values).ToArray();
        var keep = Enumerable.Range(0, data.RowCount).Where(r => cols.All(c => double.IsFinite(c[r]))).ToArray();
        return Samples.Subset(data, keep);
    }

    private static TheoryFit Failed(TheorySpecification theory, Sample sample, FitKind kind, string formula, int events, string problem) =>
        new(theory, sample, kind, formula, null, [], [], null, events, problem);
}
