namespace Caravan.Estimation.Estimators.Families;

/// <summary>
/// R's rule for fitted values "numerically 0 or 1" (glm.fit: eps = 10 × .Machine$double.eps ≈ 2.2e-15):
/// binomial μ &lt; eps or μ &gt; 1 − eps ("fitted probabilities numerically 0 or 1 occurred"), Poisson μ &lt; eps
/// ("fitted rates numerically 0 occurred"), with μ from R's inverse links: the logit's is clamped to
/// machine epsilon beyond |η| &gt; 30 (C_logit_linkinv), so a logit is flagged when |η| &gt; 30. An ordinary
/// MID logit whose cubic peace-years reach η ≈ −24 (p ≈ 4e-11) is not flagged, as in R. One place for the
/// convention: the IRLS warning and relogit's separation check use it.
/// </summary>
internal static class GlmBoundary
{
    /// <summary>10 × machine epsilon (2⁻⁵²), as R's glm.fit.</summary>
    public const double Epsilon = 10 * 2.220446049250313e-16;

    /// <summary>R's logit inverse link threshold (THRESH in family.c).</summary>
    public const double LogitThreshold = 30;

    public static bool Binary(double mu) => mu < Epsilon || mu > 1 - Epsilon;

    /// <summary>A logit fitted value at R's boundary: |η| &gt; 30 (clamped), or μ within eps of 0/1.</summary>
    public static bool Logit(double eta, double mu) => Math.Abs(eta) > LogitThreshold || Binary(mu);

    public static bool Count(double mu) => mu < Epsilon;
}
