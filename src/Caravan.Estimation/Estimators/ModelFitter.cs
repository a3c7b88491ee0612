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
        var raw = kind == ModelKind.Ols
            ? OlsEstimator.Fit(sample, options, threads)
            : IrlsEstimator.Fit(kind, sample, options, threads);
        return ResultAssembler.Assemble(kind, data, sample, raw, options, threads);
    }

    internal static Demeaner? MakeDemeaner(Sample s, double[]? weights) =>
        s.FeCodes.Length == 0 ? null : new Demeaner(s.FeCodes, s.FeGroups, weights);
}
