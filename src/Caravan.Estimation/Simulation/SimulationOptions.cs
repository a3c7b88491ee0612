namespace Caravan.Estimation.Simulation;

/// <summary>Where variables a scenario does not set are held (King, Tomz &amp; Wittenberg 2000; Zelig's setx).</summary>
public enum HoldAt
{
    /// <summary>Numeric variables at their sample mean (Zelig's default); text variables at their mode.</summary>
    Mean,

    /// <summary>Numeric variables at their sample median; text variables at their mode.</summary>
    Median,

    /// <summary>
    /// Observed values (Hanmer &amp; Kalkan 2013): every estimation-sample row keeps its own values for the
    /// variables a profile does not set; the quantity is the average of the row predictions.
    /// </summary>
    Observed,
}

/// <summary>Options of the simulation of quantities of interest.</summary>
/// <param name="Draws">Number M of coefficient vectors drawn from N(β̂, V̂) (Zelig's default 1000).</param>
/// <param name="Seed">Seed of the generator; the same seed gives the same draws.</param>
/// <param name="Level">Level of the percentile intervals.</param>
/// <param name="Others">Where unset variables are held.</param>
public sealed record SimulationOptions(int Draws = 1000, int Seed = 12345, double Level = 0.95, HoldAt Others = HoldAt.Mean)
{
    public static SimulationOptions Default { get; } = new();
}
