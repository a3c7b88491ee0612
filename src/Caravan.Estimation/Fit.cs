using Caravan.Core.Frames;
using Caravan.Estimation.Estimators;
using Caravan.Estimation.Results;

namespace Caravan.Estimation;

/// <summary>
/// The estimation façade: <c>Fit.Ols(frame, "y ~ x | fe", options)</c> and friends.
/// Partial: penalised models (Firth, rare-events) are added in their own files.
/// </summary>
public static partial class Fit
{
    public static FitResult Ols(Frame data, string formula, FitOptions? options = null) =>
        Model(ModelKind.Ols, data, formula, options);

    public static FitResult Logit(Frame data, string formula, FitOptions? options = null) =>
        Model(ModelKind.Logit, data, formula, options);

    public static FitResult Probit(Frame data, string formula, FitOptions? options = null) =>
        Model(ModelKind.Probit, data, formula, options);

    public static FitResult Poisson(Frame data, string formula, FitOptions? options = null) =>
        Model(ModelKind.Poisson, data, formula, options);

    /// <summary>Poisson pseudo-maximum likelihood (same estimator as <see cref="Poisson"/>; the outcome may be non-integer).</summary>
    public static FitResult Ppml(Frame data, string formula, FitOptions? options = null) =>
        Model(ModelKind.Poisson, data, formula, options);

    public static FitResult Model(ModelKind kind, Frame data, string formula, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(formula);
        options ??= FitOptions.Default;
        return kind switch
        {
            ModelKind.Ols or ModelKind.Logit or ModelKind.Probit or ModelKind.Poisson =>
                ModelFitter.Fit(kind, data, formula, options),
            _ => FitPenalized(kind, data, formula, options),
        };
    }

    /// <summary>fixest's default variance for a fitted model: clustered by the first fixed effect (also a combined one, e.g. "a^b"), else iid.</summary>
    public static Vcov.VcovSpec DefaultVcov(FitResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.FixedEffects.Count > 0
            && fit.Kind is ModelKind.Ols or ModelKind.Logit or ModelKind.Probit or ModelKind.Poisson
            ? new Vcov.VcovSpec.Cluster(fit.FixedEffects[0].Name)
            : new Vcov.VcovSpec.Iid();
    }

    /// <summary>Hook for the penalised models; implemented in Fit.Penalized.cs by the Firth/rare-events code.</summary>
    private static FitResult FitPenalized(ModelKind kind, Frame data, string formula, FitOptions options)
    {
        FitResult? result = null;
        FitPenalizedCore(kind, data, formula, options, ref result);
        return result ?? throw new EstimationException(
            $"Model '{kind}' is not available through Fit.Model yet; use its own entry point.");
    }

    static partial void FitPenalizedCore(ModelKind kind, Frame data, string formula, FitOptions options, ref FitResult? result);
}
