namespace Caravan.Estimation.Simulation;

/// <summary>One simulated quantity: summary of its M draws with a percentile interval.</summary>
/// <param name="Name">E.g. "Expected value E(Y|X)", "First difference E(Y|X1) − E(Y|X)".</param>
/// <param name="Mean">Mean of the draws.</param>
/// <param name="StdDev">Standard deviation of the draws (n − 1 denominator).</param>
/// <param name="Median">Median of the draws.</param>
/// <param name="Lower">Lower percentile (R's quantile type 7) at (1 − level)/2.</param>
/// <param name="Upper">Upper percentile at (1 + level)/2.</param>
/// <param name="Draws">All draws, in the order simulated.</param>
public sealed record QuantityOfInterest(string Name, double Mean, double StdDev, double Median, double Lower, double Upper, IReadOnlyList<double> Draws);

/// <summary>Simulated quantities of interest for a scenario X and optionally a second scenario X1.</summary>
/// <param name="ExpectedValue">E(Y|X): the inverse link of x'β̃ for each draw.</param>
/// <param name="ExpectedValue1">E(Y|X1), when X1 is given.</param>
/// <param name="FirstDifference">E(Y|X1) − E(Y|X), when X1 is given.</param>
/// <param name="RiskRatio">E(Y|X1) / E(Y|X), when X1 is given.</param>
/// <param name="X">The design row of X (aligned with the fit's terms).</param>
/// <param name="X1">The design row of X1.</param>
public sealed record SimulationResult(
    QuantityOfInterest ExpectedValue,
    QuantityOfInterest? ExpectedValue1,
    QuantityOfInterest? FirstDifference,
    QuantityOfInterest? RiskRatio,
    IReadOnlyList<string> Terms,
    IReadOnlyList<double> X,
    IReadOnlyList<double>? X1,
    SimulationOptions Options)
{
    public IEnumerable<QuantityOfInterest> All()
    {
        yield return ExpectedValue;
        if (ExpectedValue1 is not null)
        {
            yield return ExpectedValue1;
        }

        if (FirstDifference is not null)
        {
            yield return FirstDifference;
        }

        if (RiskRatio is not null)
        {
            yield return RiskRatio;
        }
    }
}
