using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators.Families;

/// <summary>A GLM family with its canonical or named link: μ(η), dμ/dη, variance, deviance, log-likelihood.</summary>
internal abstract class Family
{
    public abstract string Name { get; }

    public abstract double LinkInverse(double eta);

    public abstract double Link(double mu);

    public abstract double MuEta(double eta, double mu);

    public abstract double Variance(double mu);

    /// <summary>Unit deviance contribution (without the prior weight).</summary>
    public abstract double UnitDeviance(double y, double mu);

    /// <summary>Log-likelihood contribution (without the prior weight).</summary>
    public abstract double LogLik(double y, double mu);

    /// <summary>Starting μ.</summary>
    public abstract double Start(double y, double meanY);

    /// <summary>Whether μ is valid.</summary>
    public abstract bool Valid(double mu);

    public static Family For(ModelKind kind) => kind switch
    {
        ModelKind.Poisson => new PoissonFamily(),
        ModelKind.Logit => new LogitFamily(),
        ModelKind.Probit => new ProbitFamily(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No GLM family."),
    };
}

internal sealed class PoissonFamily : Family
{
    public override string Name => "Poisson";

    public override double LinkInverse(double eta) => Math.Exp(eta);

    public override double Link(double mu) => Math.Log(mu);

    public override double MuEta(double eta, double mu) => Math.Max(mu, 1e-300);

    public override double Variance(double mu) => Math.Max(mu, 1e-300);

    public override double UnitDeviance(double y, double mu) => 2 * ((y > 0 ? y * Math.Log(y / mu) : 0) - (y - mu));

    public override double LogLik(double y, double mu) => (y > 0 ? y * Math.Log(mu) : 0) - mu - LogFactorial(y);

    // log Γ(y + 1) for the small integer counts that dominate count data, tabulated with the same function
    // (identical values, no Lanczos series per observation).
    private static readonly double[] LogFactorials = Enumerable.Range(0, 4096).Select(k => Distributions.LogGamma(k + 1.0)).ToArray();

    private static double LogFactorial(double y) =>
        y >= 0 && y < LogFactorials.Length && y == Math.Floor(y) ? LogFactorials[(int)y] : Distributions.LogGamma(y + 1);

    public override double Start(double y, double meanY) => y + 0.1;

    public override bool Valid(double mu) => mu > 0 && double.IsFinite(mu);
}

internal sealed class LogitFamily : Family
{
    public override string Name => "Logit";

    public override double LinkInverse(double eta) => 1 / (1 + Math.Exp(-eta));

    public override double Link(double mu) => Math.Log(mu / (1 - mu));

    public override double MuEta(double eta, double mu) => Math.Max(mu * (1 - mu), 1e-300);

    public override double Variance(double mu) => Math.Max(mu * (1 - mu), 1e-300);

    public override double UnitDeviance(double y, double mu) => -2 * LogLik(y, mu);

    public override double LogLik(double y, double mu) => y > 0 ? Math.Log(mu) : Math.Log(1 - mu);

    public override double Start(double y, double meanY) => (y + 0.5) / 2;

    public override bool Valid(double mu) => mu is > 0 and < 1;
}

internal sealed class ProbitFamily : Family
{
    public override string Name => "Probit";

    public override double LinkInverse(double eta) => Distributions.NormalCdf(eta);

    public override double Link(double mu) => Distributions.NormalQuantile(mu);

    public override double MuEta(double eta, double mu) => Math.Max(Math.Exp(-0.5 * eta * eta) / Math.Sqrt(2 * Math.PI), 1e-300);

    public override double Variance(double mu) => Math.Max(mu * (1 - mu), 1e-300);

    public override double UnitDeviance(double y, double mu) => -2 * LogLik(y, mu);

    public override double LogLik(double y, double mu) => y > 0 ? Math.Log(mu) : Math.Log(1 - mu);

    public override double Start(double y, double meanY) => (y + 0.5) / 2;

    public override bool Valid(double mu) => mu is > 0 and < 1;
}
