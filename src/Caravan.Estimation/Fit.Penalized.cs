using Caravan.Core.Frames;
using Caravan.Estimation.Estimators;
using Caravan.Estimation.Results;

namespace Caravan.Estimation;

/// <summary>A Firth fit with logistf's extra output (profile intervals, χ², global penalised LR test).</summary>
public sealed record FirthFit(FitResult Result, FirthDetails Details);

/// <summary>Façade entry points of the penalised logits (Firth; King–Zeng rare events).</summary>
public static partial class Fit
{
    /// <summary>
    /// Firth penalised logit as R logistf: coefficients, SEs from the penalised information, profile
    /// penalised-likelihood CIs and LR p-values (or Wald), global penalised LR test; FLIC/FLAC as options.
    /// Coefficient rows (<see cref="FitResult.Coefficients"/>) carry the profile CIs and LR p-values,
    /// the statistic being the penalised LR χ².
    /// </summary>
    public static FitResult Firth(Frame data, string formula, FirthOptions? firth = null, FitOptions? options = null) =>
        FirthDetailed(data, formula, firth, options).Result;

    /// <summary><see cref="Firth"/> plus the <see cref="FirthDetails"/> logistf prints.</summary>
    public static FirthFit FirthDetailed(Frame data, string formula, FirthOptions? firth = null, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(formula);
        firth ??= FirthOptions.Default;
        options ??= FitOptions.Default;
        var (sample, droppedTerms, notes) = PenalizedSampleBuilder.Build(ModelKind.FirthLogit, data, formula, options, "Firth logit");
        var outcome = FirthEstimator.Fit(sample.Columns, sample.Terms, sample.Y, firth);
        var result = PenalizedResultBuilder.FromFirth(sample, outcome, firth);
        result = result with { DroppedTerms = droppedTerms, Notes = [.. notes, .. result.Notes] };
        return new FirthFit(ApplyVcov(result, options), outcome.Details);
    }

    /// <summary>
    /// King–Zeng rare-events logit as Zelig's relogit: prior correction with τ (default) or weighting,
    /// bias correction and the (n/(n+k))² variance (unless <see cref="RareEventsOptions.BiasCorrect"/> is false).
    /// </summary>
    public static FitResult RareEvents(Frame data, string formula, RareEventsOptions? rareEvents = null, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(formula);
        rareEvents ??= RareEventsOptions.Default;
        options ??= FitOptions.Default;
        var (sample, droppedTerms, notes) = PenalizedSampleBuilder.Build(ModelKind.RareEventsLogit, data, formula, options, "Rare-events logit");
        var outcome = RareEventsEstimator.Fit(sample.Columns, sample.Terms, sample.Y, rareEvents, sample.OutcomeName, sample.SampleRows);
        var result = PenalizedResultBuilder.FromRareEvents(sample, outcome);
        result = result with { DroppedTerms = droppedTerms, Notes = [.. notes, .. result.Notes] };
        return ApplyVcov(result, options);
    }

    static partial void FitPenalizedCore(ModelKind kind, Frame data, string formula, FitOptions options, ref FitResult? result)
    {
        result = kind switch
        {
            ModelKind.FirthLogit => Firth(data, formula, null, options),
            ModelKind.RareEventsLogit => RareEvents(data, formula, null, options),
            _ => null,
        };
    }

    /// <summary>The model's own variance is iid; any other requested variance is applied from the stored bread and scores.</summary>
    private static FitResult ApplyVcov(FitResult result, FitOptions options) =>
        options.Vcov is null or Vcov.VcovSpec.Iid ? result : result.WithVcov(options.VcovOr(options.Vcov));
}
