namespace Caravan.Estimation.Estimators;

/// <summary>Intercept/prediction corrections of Firth's logit (Puhr et al. 2017).</summary>
public enum FirthCorrection
{
    /// <summary>Plain Firth (logistf).</summary>
    None,

    /// <summary>FLIC: Firth slopes, intercept re-estimated by ML so that mean prediction = event rate.</summary>
    Flic,

    /// <summary>FLAC: ML on data augmented with hat-weighted pseudo-observations and an indicator.</summary>
    Flac,
}

/// <summary>Options of the Firth penalised logit (defaults as R logistf: pl = TRUE, alpha = 0.05).</summary>
/// <param name="Alpha">1 − confidence level of the intervals.</param>
/// <param name="ProfileLikelihood">Profile penalised-likelihood CIs and LR p-values (true) or Wald (false).</param>
/// <param name="Correction">FLIC or FLAC, or none.</param>
/// <param name="MaxIterations">Newton iterations per fit.</param>
public sealed record FirthOptions(
    double Alpha = 0.05,
    bool ProfileLikelihood = true,
    FirthCorrection Correction = FirthCorrection.None,
    int MaxIterations = 200)
{
    public static FirthOptions Default { get; } = new();
}
