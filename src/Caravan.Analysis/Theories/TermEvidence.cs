namespace Caravan.Analysis.Theories;

/// <summary>The evidence on one key term from one fitted specification.</summary>
/// <param name="Term">The key term.</param>
/// <param name="Estimate">Coefficient (NaN when not estimable).</param>
/// <param name="StdError">Dyad-clustered standard error.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="BaselineProbability">Simulated Pr(MID onset) with the moved variable at its low value (mean over draws).</param>
/// <param name="FirstDifference">Simulated Pr(high) − Pr(low) (mean over draws).</param>
/// <param name="FirstDifferenceLow">2.5% quantile of the simulated first difference.</param>
/// <param name="FirstDifferenceHigh">97.5% quantile of the simulated first difference.</param>
/// <param name="Move">How the variable was moved.</param>
/// <param name="LowValue">The moved variable's low value.</param>
/// <param name="HighValue">The moved variable's high value.</param>
/// <param name="ConditionValue">For an interaction (Copeland): the value at which the conditioning variable is held (NaN if none).</param>
public sealed record TermEvidence(
    KeyTerm Term,
    double Estimate,
    double StdError,
    double PValue,
    double BaselineProbability,
    double FirstDifference,
    double FirstDifferenceLow,
    double FirstDifferenceHigh,
    FirstDifferenceMove Move = FirstDifferenceMove.Percentile10To90,
    double LowValue = double.NaN,
    double HighValue = double.NaN,
    double ConditionValue = double.NaN)
{
    /// <summary>The first difference relative to the baseline probability.</summary>
    public double RelativeFirstDifference => FirstDifference / BaselineProbability;
}
