namespace Caravan.Estimation.Estimators;

/// <summary>How a coefficient's interval and p-value were obtained.</summary>
public enum IntervalMethod
{
    /// <summary>Profile (penalised) likelihood: CI by inverting, p-value from the (penalised) LR test.</summary>
    ProfileLikelihood,

    /// <summary>Wald: estimate ± z·SE, normal p-value.</summary>
    Wald,
}

/// <summary>
/// What logistf prints beyond coefficients and SEs: per-coefficient profile-likelihood intervals,
/// χ² statistics and p-values, and the global penalised likelihood-ratio test.
/// </summary>
/// <param name="Terms">Coefficient names, in order.</param>
/// <param name="ChiSquare">Per-coefficient (penalised) LR χ² (1 df) for β_j = 0, or the Wald z² when Wald.</param>
/// <param name="PValues">Per-coefficient p-values.</param>
/// <param name="ConfLow">Lower confidence limits (may be −∞ if the profile never crosses the threshold).</param>
/// <param name="ConfHigh">Upper confidence limits.</param>
/// <param name="Methods">Interval method per coefficient.</param>
/// <param name="LogLikFull">Penalised log-likelihood of the model.</param>
/// <param name="LogLikNull">Penalised log-likelihood with all slopes fixed at 0 (penalty of the full design, as logistf).</param>
/// <param name="LikelihoodRatio">2 (LogLikFull − LogLikNull).</param>
/// <param name="LikelihoodRatioDf">Number of slopes.</param>
/// <param name="LikelihoodRatioP">Upper χ² tail of <paramref name="LikelihoodRatio"/>.</param>
/// <param name="Correction">FLIC / FLAC / none.</param>
/// <param name="Alpha">1 − confidence level.</param>
public sealed record FirthDetails(
    IReadOnlyList<string> Terms,
    IReadOnlyList<double> ChiSquare,
    IReadOnlyList<double> PValues,
    IReadOnlyList<double> ConfLow,
    IReadOnlyList<double> ConfHigh,
    IReadOnlyList<IntervalMethod> Methods,
    double LogLikFull,
    double LogLikNull,
    double LikelihoodRatio,
    int LikelihoodRatioDf,
    double LikelihoodRatioP,
    FirthCorrection Correction,
    double Alpha);
