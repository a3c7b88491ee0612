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

/// <summary>Which variance a Firth fit reports (its standard errors and Wald inference).</summary>
public enum FirthVariance
{
    /// <summary>
    /// logistf ≥ 1.24 (checked against logistf 1.26.1's C code and output): the inverse Fisher information
    /// of the augmented data, (X' diag((1 + hᵢ) πᵢ(1 − πᵢ)) X)⁻¹ with hᵢ the hat values (logistf's weights
    /// w + 2hτ, τ = ½). The default.
    /// </summary>
    Augmented,

    /// <summary>logistf &lt; 1.24 and Caravan before issue 8: the inverse information (X'WX)⁻¹ at β̂.</summary>
    Information,
}

/// <summary>Options of the Firth penalised logit (defaults as R logistf: pl = TRUE, alpha = 0.05).</summary>
/// <param name="Alpha">1 − confidence level of the intervals.</param>
/// <param name="ProfileLikelihood">Profile penalised-likelihood CIs and LR p-values (true) or Wald (false).</param>
/// <param name="Correction">FLIC or FLAC, or none.</param>
/// <param name="MaxIterations">Newton iterations per fit.</param>
/// <param name="Variance">Reported variance: logistf ≥ 1.24's augmented-data information (default) or the plain inverse information.</param>
public sealed record FirthOptions(
    double Alpha = 0.05,
    bool ProfileLikelihood = true,
    FirthCorrection Correction = FirthCorrection.None,
    int MaxIterations = 200,
    FirthVariance Variance = FirthVariance.Augmented)
{
    public static FirthOptions Default { get; } = new();
}
