using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators.Families;

/// <summary>
/// The per-observation formulas of a GLM family as static members, so that the IRLS block kernels
/// (<see cref="GlmBlocks{T}"/>) are compiled once per family with every formula inlined (no virtual call per
/// row, no dependence on tiered PGO to devirtualise them). <see cref="Family"/> exposes the same formulas to
/// callers that hold a family value.
/// </summary>
internal interface IGlmOps
{
    static abstract string Name { get; }

    static abstract double LinkInverse(double eta);

    static abstract double Link(double mu);

    static abstract double MuEta(double eta, double mu);

    static abstract double Variance(double mu);

    /// <summary>Unit deviance contribution (without the prior weight).</summary>
    static abstract double UnitDeviance(double y, double mu);

    /// <summary>Log-likelihood contribution (without the prior weight).</summary>
    static abstract double LogLik(double y, double mu);

    /// <summary>Starting μ.</summary>
    static abstract double Start(double y, double meanY);

    /// <summary>Whether μ is valid.</summary>
    static abstract bool Valid(double mu);

    /// <summary>Whether a fitted value is at R's boundary (<see cref="GlmBoundary"/>).</summary>
    static abstract bool AtBoundary(double eta, double mu);
}

internal readonly struct PoissonOps : IGlmOps
{
    public static string Name => "Poisson";

    public static double LinkInverse(double eta) => Math.Exp(eta);

    public static double Link(double mu) => Math.Log(mu);

    public static double MuEta(double eta, double mu) => Math.Max(mu, 1e-300);

    public static double Variance(double mu) => Math.Max(mu, 1e-300);

    public static double UnitDeviance(double y, double mu) => 2 * ((y > 0 ? y * Math.Log(y / mu) : 0) - (y - mu));

    public static double LogLik(double y, double mu) => (y > 0 ? y * Math.Log(mu) : 0) - mu - LogFactorial(y);

    // log Γ(y + 1) for the small integer counts that dominate count data, tabulated with the same function
    // (identical values, no Lanczos series per observation).
    private static readonly double[] LogFactorials = Enumerable.Range(0, 4096).Select(k => Distributions.LogGamma(k + 1.0)).ToArray();

    private static double LogFactorial(double y) =>
        y >= 0 && y < LogFactorials.Length && y == Math.Floor(y) ? LogFactorials[(int)y] : Distributions.LogGamma(y + 1);

    public static double Start(double y, double meanY) => y + 0.1;

    public static bool Valid(double mu) => mu > 0 && double.IsFinite(mu);

    public static bool AtBoundary(double eta, double mu) => GlmBoundary.Count(mu);
}

internal readonly struct LogitOps : IGlmOps
{
    public static string Name => "Logit";

    public static double LinkInverse(double eta) => 1 / (1 + Math.Exp(-eta));

    public static double Link(double mu) => Math.Log(mu / (1 - mu));

    public static double MuEta(double eta, double mu) => Math.Max(mu * (1 - mu), 1e-300);

    public static double Variance(double mu) => Math.Max(mu * (1 - mu), 1e-300);

    public static double UnitDeviance(double y, double mu) => -2 * LogLik(y, mu);

    public static double LogLik(double y, double mu) => y > 0 ? Math.Log(mu) : Math.Log(1 - mu);

    public static double Start(double y, double meanY) => (y + 0.5) / 2;

    public static bool Valid(double mu) => mu is > 0 and < 1;

    public static bool AtBoundary(double eta, double mu) => GlmBoundary.Logit(eta, mu);
}

internal readonly struct ProbitOps : IGlmOps
{
    public static string Name => "Probit";

    public static double LinkInverse(double eta) => Distributions.NormalCdf(eta);

    public static double Link(double mu) => Distributions.NormalQuantile(mu);

    public static double MuEta(double eta, double mu) => Math.Max(Math.Exp(-0.5 * eta * eta) / Math.Sqrt(2 * Math.PI), 1e-300);

    public static double Variance(double mu) => Math.Max(mu * (1 - mu), 1e-300);

    public static double UnitDeviance(double y, double mu) => -2 * LogLik(y, mu);

    public static double LogLik(double y, double mu) => y > 0 ? Math.Log(mu) : Math.Log(1 - mu);

    public static double Start(double y, double meanY) => (y + 0.5) / 2;

    public static bool Valid(double mu) => mu is > 0 and < 1;

    public static bool AtBoundary(double eta, double mu) => GlmBoundary.Binary(mu);
}
