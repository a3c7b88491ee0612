namespace Caravan.Estimation.Simulation;

/// <summary>
/// An average marginal effect (or, for a text variable, the average contrast of a level against the
/// reference) with its delta-method standard error, normal z, p-value and interval.
/// </summary>
/// <param name="Variable">The source variable.</param>
/// <param name="Contrast">"dY/dX" for a numeric variable, "level - reference" for a factor.</param>
public sealed record MarginalEffect(string Variable, string Contrast, double Estimate, double StdError, double Statistic, double PValue, double ConfLow, double ConfHigh);
