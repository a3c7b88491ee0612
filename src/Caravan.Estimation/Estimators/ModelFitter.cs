using Caravan.Core.Frames;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Estimators;

/// <summary>Prepares the sample and dispatches to OLS or IRLS.</summary>
internal static class ModelFitter
{
    public static FitResult Fit(ModelKind kind, Frame data, string formula, FitOptions options) =>
        throw new EstimationException($"{kind} is being implemented on branch est.");
}
