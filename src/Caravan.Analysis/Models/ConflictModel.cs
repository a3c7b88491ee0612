using Caravan.Analysis.Theories;
using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Simulation;
using Caravan.Estimation.Vcov;
using Caravan.Analysis.World;

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

    public static TheoryFit Fit(Frame panel, TheorySpecification theory, Sample sample, FitKind kind, SimulationOptions simulation, VerdictRule rule)
    {
        RequireColumns(panel, theory);
        var formula = Formula(theory);
        var columns = theory.Regressors(StudyColumns.Controls).Concat(theory.RequiredColumns(StudyColumns.Controls))
            .Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.MidOnset).Append(StudyColumns.Dyad)
            .Append(StudyColumns.Year).Append(Samples.RelevantColumn).Distinct().ToArray();
        var data = Samples.Select(new Frame(columns.Select(c => panel[c])), sample);
        data = CompleteCases(data, theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.MidOnset).ToArray());
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
                ? Estimation.Fit.Logit(data, formula, new FitOptions { Vcov = new VcovSpec.Cluster(StudyColumns.Dyad) })
                : Estimation.Fit.Firth(data, formula, new Estimation.Estimators.FirthOptions(ProfileLikelihood: false))
                    .WithVcov(new VcovSpec.Cluster(StudyColumns.Dyad));
        }
        catch (EstimationException e)
        {
            return Failed(theory, sample, kind, formula, events, e.Message);
        }

        var table = fit.Coefficients().ToDictionary(c => c.Term);
        // Medians over the estimation sample, computed once (the simulation would otherwise sort each column per scenario).
        var sampleRows = fit.Variance.SampleRows;
        var medians = theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic)
            .ToDictionary(v => v, v => Quantile(sampleRows.Select(r => data.Numeric(v).Values[r]).Where(double.IsFinite).ToArray(), 0.5), StringComparer.Ordinal);
        var evidence = new List<TermEvidence>();
        foreach (var key in theory.KeyTerms)
        {
            if (!table.TryGetValue(key.Term, out var row))
            {
                evidence.Add(new TermEvidence(key, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
                continue;
            }

            var (low, high) = FirstDifferenceScenarios(data, theory, key);
            var sim = QuantitiesOfInterest.Simulate(fit, WithMedians(low, medians), WithMedians(high, medians), simulation with { Others = HoldAt.Median });
            evidence.Add(new TermEvidence(key, row.Estimate, row.StdError, row.PValue, sim.ExpectedValue.Mean,
                sim.FirstDifference!.Mean, sim.FirstDifference.Lower, sim.FirstDifference.Upper));
        }

        var outcomes = evidence.Select(rule.Judge).ToArray();
        return new TheoryFit(theory, sample, kind, formula, fit, evidence, outcomes, rule.JudgeSpecification(outcomes), events, null);
    }

    /// <summary>
    /// The low and high scenarios of a key term: the moved variable at its 25th and 75th percentiles in the estimation
    /// sample (0 and 1 if binary); a condition variable at its stated quantile; products recomputed; all else at medians.
    /// </summary>
    public static (Scenario Low, Scenario High) FirstDifferenceScenarios(Frame data, TheorySpecification theory, KeyTerm key)
    {
        var moved = data.Numeric(key.Moved).Values.Where(double.IsFinite).ToArray();
        var binary = moved.All(v => v is 0 or 1);
        var lo = binary ? 0 : Quantile(moved, 0.25);
        var hi = binary ? 1 : Quantile(moved, 0.75);
        Dictionary<string, double> Make(double v)
        {
            var d = new Dictionary<string, double>(StringComparer.Ordinal) { [key.Moved] = v };
            if (key.Condition is not null)
            {
                d[key.Condition] = Quantile(data.Numeric(key.Condition).Values.Where(double.IsFinite).ToArray(), key.ConditionQuantile);
            }

            foreach (var p in theory.Products)
            {
                double Get(string name) => d.TryGetValue(name, out var x) ? x : Quantile(data.Numeric(name).Values.Where(double.IsFinite).ToArray(), 0.5);
                d[p.Name] = Get(p.Left) * Get(p.Right);
            }

            return d;
        }

        return (new Scenario(Make(lo)), new Scenario(Make(hi)));
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
