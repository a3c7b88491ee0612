namespace Caravan.Estimation.Results;

/// <summary>One row of a coefficient table (names follow broom/modelsummary).</summary>
public sealed record CoefficientRow(
    string Term,
    double Estimate,
    double StdError,
    double Statistic,
    double PValue,
    double ConfLow,
    double ConfHigh);
