using Caravan.Estimation;
using Caravan.Estimation.Vcov;

namespace Caravan.Analysis.Models;

/// <summary>
/// The convergence convention of the study's logits, stated once and written into the replication scripts. IRLS stops
/// when the relative deviance change |Δdev|/(0.1 + |dev|) falls below <see cref="Tolerance"/> — the criterion of R's
/// glm (<c>glm.control(epsilon)</c>) and fixest's feglm (<c>glm.tol</c>) — and then takes
/// <see cref="StepsAfterConvergence"/> more step. Why both: the criterion lets the last step still move the
/// coefficients by about √(tol·dev) in SE units, and engines differ in which side of that step their variance uses
/// (Caravan and fixest: bread from the weights before it, scores after it; sandwich on glm: scores from the residuals
/// after it times the weights before it). At the library default (1e-8, no extra step) that left glm + sandwich 1e-4 off
/// on the clustered SEs. At 1e-12 plus one step every engine's weights, scores and bread are those of the converged
/// fit, and replicate.R (the same tolerance, and the extra pass as glm(start = coef(m)) / feglm(start = coef(m)))
/// reproduces every coefficient and SE to 1e-6 absolute with either engine (tested).
/// </summary>
public static class StudyConvergence
{
    /// <summary>IRLS tolerance on the relative deviance change (R: glm.control(epsilon = 1e-12); fixest: glm.tol = 1e-12).</summary>
    public const double Tolerance = 1e-12;

    /// <summary>Maximum IRLS iterations (R: glm.control(maxit = 100); fixest: glm.iter = 100).</summary>
    public const int MaxIterations = 100;

    /// <summary>IRLS steps after the criterion is met (R: one more glm/feglm pass with start = the converged coefficients).</summary>
    public const int StepsAfterConvergence = 1;

    /// <summary>The fit options of every study logit: dyad-clustered SEs and the tolerance above.</summary>
    public static FitOptions Logit { get; } = new()
    {
        Vcov = new VcovSpec.Cluster(StudyColumns.Dyad),
        Tolerance = Tolerance,
        MaxIterations = MaxIterations,
        StepsAfterConvergence = StepsAfterConvergence,
    };

    /// <summary>The tolerance as R code writes it (e.g. <c>1e-12</c>).</summary>
    public static string RLiteral(double value) => value.ToString("0.##############e+0", System.Globalization.CultureInfo.InvariantCulture).Replace("e+", "e", StringComparison.Ordinal);
}
