using Caravan.Estimation.Formula;
using Caravan.Estimation.Numerics;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Results;

/// <summary>
/// An immutable fitted model. The bread (K×K, e.g. (X̃'WX̃)⁻¹ on the demeaned regressors) and the
/// per-observation scores (n×K) are stored so that any other variance can be computed afterwards with
/// <see cref="WithVcov"/>, without refitting. Statistics that do not apply to a model are NaN.
/// </summary>
public sealed record FitResult
{
    public required ModelKind Kind { get; init; }

    /// <summary>The formula as given by the user.</summary>
    public required string Formula { get; init; }

    /// <summary>Names of the estimated coefficients (collinear terms already removed; see <see cref="DroppedTerms"/>).</summary>
    public required IReadOnlyList<string> TermNames { get; init; }

    /// <summary>Point estimates, aligned with <see cref="TermNames"/>.</summary>
    public required double[] Estimates { get; init; }

    /// <summary>The bread B (K×K): (X̃'X̃)⁻¹ for OLS, (X̃'WX̃)⁻¹ at convergence for GLMs (inverse Hessian).</summary>
    public required DenseMatrix Bread { get; init; }

    private readonly Lazy<DenseMatrix> scores = new(() => throw new InvalidOperationException("This fit has no scores."));

    /// <summary>
    /// Per-observation scores (n×K): x̃ᵢ·wᵢ·eᵢ (demeaned regressors × weight × working residual). GLM fits
    /// form them on first use (once): the iid variance does not need them.
    /// </summary>
    public DenseMatrix Scores { get => scores.Value; init => scores = new Lazy<DenseMatrix>(value); }

    /// <summary>Sets <see cref="Scores"/> to be computed on first use by <paramref name="value"/> (once, thread-safe).</summary>
    internal Func<DenseMatrix> DeferredScores { init => scores = new Lazy<DenseMatrix>(value, LazyThreadSafetyMode.ExecutionAndPublication); }

    /// <summary>Scale of the iid variance: σ̂² = RSS/(n−K) for OLS, 1 for ML GLMs.</summary>
    public required double Dispersion { get; init; }

    /// <summary>The variance currently applied (K×K).</summary>
    public required DenseMatrix Vcov { get; init; }

    /// <summary>How <see cref="Vcov"/> was computed.</summary>
    public required VcovSpec VcovSpec { get; init; }

    /// <summary>A label for tables, e.g. "Clustered (Origin)".</summary>
    public string VcovLabel => VcovSpec.Label;

    /// <summary>Observations in the estimation sample.</summary>
    public required int Nobs { get; init; }

    /// <summary>Rows in the source frame before any deletion.</summary>
    public required int NobsSource { get; init; }

    /// <summary>Observations removed before/while fitting, by reason.</summary>
    public IReadOnlyList<DroppedObservations> Dropped { get; init; } = [];

    /// <summary>Regressors removed because they were collinear (or constant), with the reason in <see cref="Notes"/>.</summary>
    public IReadOnlyList<string> DroppedTerms { get; init; } = [];

    /// <summary>Number of estimated parameters including fixed-effect coefficients (for small-sample factors).</summary>
    public required int ParameterCount { get; init; }

    /// <summary>Whether inference uses Student's t (OLS) or the normal (GLMs).</summary>
    public bool UsesT { get; init; }

    public double LogLikelihood { get; init; } = double.NaN;

    public double NullLogLikelihood { get; init; } = double.NaN;

    public double Deviance { get; init; } = double.NaN;

    public double NullDeviance { get; init; } = double.NaN;

    /// <summary>McFadden's pseudo-R² (1 − LL/LL₀) for GLMs, as fixest.</summary>
    public double PseudoR2 { get; init; } = double.NaN;

    /// <summary>Squared correlation between the outcome and the fitted values (fixest's sq.cor).</summary>
    public double SquaredCorrelation { get; init; } = double.NaN;

    public double R2 { get; init; } = double.NaN;

    public double AdjustedR2 { get; init; } = double.NaN;

    public double WithinR2 { get; init; } = double.NaN;

    public double Rmse { get; init; } = double.NaN;

    public int Iterations { get; init; }

    public bool Converged { get; init; } = true;

    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<FixedEffectInfo> FixedEffects { get; init; } = [];

    /// <summary>Source frame and sample rows, for variances chosen after fitting.</summary>
    public required VarianceContext Variance { get; init; }

    /// <summary>Fitted values on the response scale, one per estimation-sample observation.</summary>
    public double[] FittedValues { get; init; } = [];

    /// <summary>Linear predictor (including fixed effects), one per estimation-sample observation.</summary>
    public double[] LinearPredictor { get; init; } = [];

    /// <summary>Outcome values in the estimation sample.</summary>
    public double[] Outcome { get; init; } = [];

    /// <summary>Estimation weights (null when unweighted).</summary>
    public double[]? Weights { get; init; }

    /// <summary>How the formula maps a frame to a design matrix (for prediction on new data).</summary>
    public ModelDesign? Design { get; init; }

    /// <summary>
    /// When set, <see cref="Coefficients"/> returns these rows instead of Wald inference from <see cref="Vcov"/>
    /// (e.g. profile-likelihood intervals and LR p-values for Firth logit).
    /// </summary>
    public IReadOnlyList<CoefficientRow>? InferenceOverride { get; init; }

    /// <summary>Residual degrees of freedom for t inference (n − K for iid/hetero, G − 1 when clustered).</summary>
    public double DegreesOfFreedom { get; init; } = double.PositiveInfinity;

    /// <summary>Standard errors: square roots of the diagonal of <see cref="Vcov"/>.</summary>
    public double[] StdErrors() => Vcov.Diagonal().Select(Math.Sqrt).ToArray();

    /// <summary>The coefficient table with confidence intervals at <paramref name="level"/>.</summary>
    public IReadOnlyList<CoefficientRow> Coefficients(double level = 0.95)
    {
        if (InferenceOverride is not null)
        {
            return InferenceOverride;
        }

        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }

        var se = StdErrors();
        var useT = UsesT && double.IsFinite(DegreesOfFreedom);
        var q = useT
            ? Distributions.StudentTQuantile(0.5 + (level / 2), DegreesOfFreedom)
            : Distributions.NormalQuantile(0.5 + (level / 2));
        var rows = new CoefficientRow[Estimates.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            var b = Estimates[k];
            var stat = b / se[k];
            var p = useT ? Distributions.StudentTTwoSidedP(stat, DegreesOfFreedom) : Distributions.NormalTwoSidedP(stat);
            rows[k] = new CoefficientRow(TermNames[k], b, se[k], stat, p, b - (q * se[k]), b + (q * se[k]));
        }

        return rows;
    }

    /// <summary>The default table (95 % intervals).</summary>
    public IReadOnlyList<CoefficientRow> Table() => Coefficients();

    /// <summary>A new result with another variance, computed from the stored bread and scores (no refit).</summary>
    public FitResult WithVcov(VcovSpec spec) => VcovCalculator.Apply(this, spec);
}
