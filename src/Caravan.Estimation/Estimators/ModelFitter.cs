using Caravan.Core.Frames;
using Caravan.Estimation.FixedEffects;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Estimators;

/// <summary>Parses, prepares the sample and dispatches to OLS or IRLS.</summary>
internal static class ModelFitter
{
    public static FitResult Fit(ModelKind kind, Frame data, string formula, FitOptions options)
    {
        var parsed = FormulaParser.Parse(formula);
        var sample = SampleBuilder.Build(kind, data, parsed, options);
        if (sample.X.Length == 0)
        {
            throw new EstimationException("The model has no regressors (only fixed effects); add at least one variable.");
        }

        var threads = Math.Max(1, options.Threads ?? Environment.ProcessorCount);
        if (kind == ModelKind.Poisson && options.DetectSeparation)
        {
            var separated = SeparationDetector.Detect(sample, options, threads, out var inconclusive);
            if (separated.Length > 0)
            {
                sample = SeparationDetector.Without(sample, separated);
            }

            if (inconclusive)
            {
                sample.Notes.Add("The check for separation by the regressors did not conclude in 100 iterations; if IRLS fails to converge, some observations may be separated.");
            }
        }

        var raw = kind == ModelKind.Ols
            ? OlsEstimator.Fit(sample, options, threads)
            : IrlsEstimator.Fit(kind, sample, options, threads);
        return ResultAssembler.Assemble(kind, data, sample, raw, options, threads);
    }

    internal static Demeaner? MakeDemeaner(Sample s, double[]? weights) =>
        s.FeCodes.Length == 0 ? null : new Demeaner(s.FeCodes, s.FeGroups, weights);
}
