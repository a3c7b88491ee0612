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
public sealed record TermEvidence(
    KeyTerm Term,
    double Estimate,
    double StdError,
    double PValue,
    double BaselineProbability,
    double FirstDifference,
    double FirstDifferenceLow,
    double FirstDifferenceHigh)
{
    /// <summary>The first difference relative to the baseline probability.</summary>
    public double RelativeFirstDifference => FirstDifference / BaselineProbability;
}
