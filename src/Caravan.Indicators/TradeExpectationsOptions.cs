namespace Caravan.Indicators;

/// <summary>Parameters of the Copeland trade-expectations index (one frozen record; defaults documented in <see cref="TradeExpectations"/>).</summary>
/// <param name="Window">Years in the rolling trend of log dependence (ending in the current year).</param>
/// <param name="MinObservations">Fewest non-missing years in the window for a trend; fewer gives NaN.</param>
/// <param name="Horizon">Years ahead over which the trend is projected.</param>
/// <param name="GrowthCap">Cap on |annual trend| in log points, so one outlier year cannot imply explosive expectations.</param>
/// <param name="ScoWeight">Weight of SCO co-membership in the commitment signal.</param>
/// <param name="IgoWeight">Weight of shared IGO memberships in the commitment signal (ScoWeight + IgoWeight = 1).</param>
/// <param name="IgoScale">Shared IGOs at which the IGO signal reaches tanh(1) ≈ 0.76.</param>
/// <param name="CommitmentEffect">Log points of expected trade carried by a full commitment signal (1.0).</param>
public sealed record TradeExpectationsOptions(
    int Window = 5,
    int MinObservations = 3,
    int Horizon = 3,
    double GrowthCap = 0.5,
    double ScoWeight = 0.5,
    double IgoWeight = 0.5,
    double IgoScale = 30,
    double CommitmentEffect = 0.2)
{
    public static TradeExpectationsOptions Default { get; } = new();

    public void Validate()
    {
        if (Window < 2 || MinObservations < 2 || MinObservations > Window)
        {
            throw new IndicatorInputException($"Trade expectations: window {Window} / minimum observations {MinObservations} must satisfy 2 ≤ min ≤ window.");
        }

        if (Horizon < 0 || GrowthCap <= 0 || IgoScale <= 0)
        {
            throw new IndicatorInputException("Trade expectations: horizon must be ≥ 0, growth cap and IGO scale > 0.");
        }

        if (ScoWeight < 0 || IgoWeight < 0 || Math.Abs(ScoWeight + IgoWeight - 1) > 1e-9)
        {
            throw new IndicatorInputException($"Trade expectations: SCO weight {ScoWeight} and IGO weight {IgoWeight} must be non-negative and sum to 1.");
        }
    }
}
