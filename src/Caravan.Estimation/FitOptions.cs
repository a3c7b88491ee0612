using Caravan.Estimation.Vcov;

namespace Caravan.Estimation;

/// <summary>Options for <see cref="Fit"/>; a frozen record (use <c>with</c> to vary).</summary>
public sealed record FitOptions
{
    public static FitOptions Default { get; } = new();

    /// <summary>The variance to apply. Null = fixest's default: clustered by the first fixed effect, else iid.</summary>
    public VcovSpec? Vcov { get; init; }

    /// <summary>
    /// The small-sample convention of the variance (fixest's <c>ssc()</c> switches or Stata's), applied to
    /// <see cref="Vcov"/> or the default variance; null = the one the spec carries (default fixest's <c>ssc()</c>).
    /// Changing it later needs no refit: <c>fit.WithVcov(spec with { Ssc = … })</c>.
    /// </summary>
    public SmallSample? SmallSample { get; init; }

    /// <summary><see cref="Vcov"/> (or <paramref name="fallback"/>) with <see cref="SmallSample"/> when set.</summary>
    internal VcovSpec VcovOr(VcovSpec fallback)
    {
        var spec = Vcov ?? fallback;
        return SmallSample is { } ssc ? spec with { Ssc = ssc } : spec;
    }

    /// <summary>Optional column of (frequency/analytic) weights; rows with a missing weight are dropped, non-positive weights too.</summary>
    public string? Weights { get; init; }

    /// <summary>Convergence tolerance of IRLS on the relative change in deviance (fixest's glm.tol = 1e-8).</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Maximum IRLS iterations (fixest's glm.iter = 25).</summary>
    public int MaxIterations { get; init; } = 25;

    /// <summary>
    /// IRLS steps taken after the deviance criterion is met (default 0, as glm and fixest). The criterion lets the last
    /// step still move the coefficients by ~√tol standard errors, and the bread and the scores come from the weights before
    /// and after it; one more step makes both those of the converged fit (as R's glm(start = coef(fit)) or
    /// feglm(start = coef(fit)) do). Needs an iteration budget: counts against <see cref="MaxIterations"/>.
    /// </summary>
    public int StepsAfterConvergence { get; init; }

    /// <summary>Convergence tolerance of the fixed-effect demeaning (fixest's fixef.tol = 1e-6).</summary>
    public double FixedEffectTolerance { get; init; } = 1e-6;

    /// <summary>Maximum iterations of the fixed-effect demeaning (fixest's fixef.iter = 10000).</summary>
    public int FixedEffectMaxIterations { get; init; } = 10_000;

    /// <summary>Remove singletons (observations alone in a fixed-effect group), iteratively, as fixest does (fixef.rm = "perfect").</summary>
    public bool RemoveSingletons { get; init; } = true;

    /// <summary>Detect and drop observations separated by fixed effects or regressors (Poisson, logit, probit).</summary>
    public bool DetectSeparation { get; init; } = true;

    /// <summary>Compute the fixed-effect coefficients after fitting.</summary>
    public bool FixedEffectEstimates { get; init; }

    /// <summary>
    /// Rows to estimate on (fixest's <c>subset</c>, <c>fit --where</c>); null = all. The other rows stay in the
    /// frame for lags and leads (computed on the full panel, as fixest does) but are neither used nor counted as dropped.
    /// </summary>
    public IReadOnlyList<bool>? Subset { get; init; }

    /// <summary>Panel unit column, for Newey–West on panels.</summary>
    public string? PanelId { get; init; }

    /// <summary>Time column, for Newey–West and Driscoll–Kraay.</summary>
    public string? TimeVar { get; init; }

    /// <summary>Threads for the hot loops (default: all cores).</summary>
    public int? Threads { get; init; }

    /// <summary>Collinearity tolerance in the Cholesky pivot test (fixest's collin.tol = 1e-10).</summary>
    public double CollinearityTolerance { get; init; } = 1e-10;
}
