namespace Caravan.Estimation.Estimators.Families;

/// <summary>
/// A GLM family with its canonical or named link, as a value: its name, inverse link (for predictions) and the
/// IRLS block kernels over row ranges (<see cref="GlmBlocks{T}"/>; one virtual call per block). The
/// per-observation formulas are the static members of the family's <see cref="IGlmOps"/> struct.
/// </summary>
internal abstract class Family
{
    public abstract string Name { get; }

    /// <summary>μ = g⁻¹(η).</summary>
    public abstract double LinkInverse(double eta);

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

    public override IGlmBlocks Blocks { get; } = new GlmBlocks<T>();
}

internal sealed class PoissonFamily : Family<PoissonOps>;

internal sealed class LogitFamily : Family<LogitOps>;

internal sealed class ProbitFamily : Family<ProbitOps>;
