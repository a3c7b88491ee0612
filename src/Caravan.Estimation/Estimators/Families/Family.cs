namespace Caravan.Estimation.Estimators.Families;

/// <summary>
/// A GLM family with its canonical or named link: μ(η), dμ/dη, variance, deviance, log-likelihood per
/// observation (the formulas are in <see cref="IGlmOps"/>), and the IRLS block kernels over row ranges
/// (<see cref="GlmBlocks{T}"/>; one virtual call per block).
/// </summary>
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

    /// <summary>The row kernels of IRLS for this family.</summary>
    public abstract IGlmBlocks Blocks { get; }

    public static Family For(ModelKind kind) => kind switch
    {
        ModelKind.Poisson => new PoissonFamily(),
        ModelKind.Logit => new LogitFamily(),
        ModelKind.Probit => new ProbitFamily(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No GLM family."),
    };
}

/// <summary>A family whose formulas are those of <typeparamref name="T"/>.</summary>
internal abstract class Family<T> : Family
    where T : struct, IGlmOps
{
    public override string Name => T.Name;

    public override double LinkInverse(double eta) => T.LinkInverse(eta);

    public override double Link(double mu) => T.Link(mu);

    public override double MuEta(double eta, double mu) => T.MuEta(eta, mu);

    public override double Variance(double mu) => T.Variance(mu);

    public override double UnitDeviance(double y, double mu) => T.UnitDeviance(y, mu);

    public override double LogLik(double y, double mu) => T.LogLik(y, mu);

    public override double Start(double y, double meanY) => T.Start(y, meanY);

    public override bool Valid(double mu) => T.Valid(mu);

    public override IGlmBlocks Blocks { get; } = new GlmBlocks<T>();
}

internal sealed class PoissonFamily : Family<PoissonOps>;

internal sealed class LogitFamily : Family<LogitOps>;

internal sealed class ProbitFamily : Family<ProbitOps>;
