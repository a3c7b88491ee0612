namespace Caravan.Estimation.Estimators;

/// <summary>How a rare-events logit corrects for selection on the outcome (King &amp; Zeng 2001).</summary>
public enum RareEventsCorrection
{
    /// <summary>Prior correction of the intercept: β₀ − ln[((1−τ)/τ)(ȳ/(1−ȳ))] (Zelig's case.control = "prior").</summary>
    PriorCorrection,

    /// <summary>Weighted ML with w₁ = τ/ȳ for events and w₀ = (1−τ)/(1−ȳ) for non-events ("weighting").</summary>
    Weighting,
}

/// <summary>Options of the rare-events logit, as Zelig's relogit.</summary>
/// <param name="Tau">Population event rate τ in (0, 1); null = no case-control correction (τ = ȳ).</param>
/// <param name="Correction">Prior correction (default) or weighting; ignored without <paramref name="Tau"/>.</param>
/// <param name="BiasCorrect">King–Zeng finite-sample bias correction (default true).</param>
/// <param name="ScaleVariance">
/// With the bias correction, scale the variance by (n/(n+k))² as King &amp; Zeng (2001) derive; default false:
/// the unscaled ML variance that Zelig 5.1.7's relogit reports (checked against Zelig, Reference/zelig_relogit.R).
/// </param>
public sealed record RareEventsOptions(
    double? Tau = null,
    RareEventsCorrection Correction = RareEventsCorrection.PriorCorrection,
    bool BiasCorrect = true,
    bool ScaleVariance = false)
{
    public static RareEventsOptions Default { get; } = new();
}
