using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Simulation;

/// <summary>The inverse link μ = F(η) of a model and its first two derivatives (for marginal effects and the delta method).</summary>
internal sealed record MeanFunction(Func<double, double> F, Func<double, double> D1, Func<double, double> D2)
{
    public static MeanFunction For(ModelKind kind) => kind switch
    {
        ModelKind.Ols => new(e => e, _ => 1, _ => 0),
        ModelKind.Logit or ModelKind.FirthLogit or ModelKind.RareEventsLogit => new(
            e => 1 / (1 + Math.Exp(-e)),
            e => { var p = 1 / (1 + Math.Exp(-e)); return p * (1 - p); },
            e => { var p = 1 / (1 + Math.Exp(-e)); return p * (1 - p) * (1 - (2 * p)); }),
        ModelKind.Probit => new(
            Distributions.NormalCdf,
            e => Math.Exp(-0.5 * e * e) / Math.Sqrt(2 * Math.PI),
            e => -e * Math.Exp(-0.5 * e * e) / Math.Sqrt(2 * Math.PI)),
        ModelKind.Poisson => new(Math.Exp, Math.Exp, Math.Exp),
        _ => throw new EstimationException($"No mean function for model {kind}."),
    };
}
