namespace Caravan.Analysis.Theories;

/// <summary>
/// How far a key variable is moved for the simulated first difference that decides whether an effect is substantively
/// meaningful. A binary variable always moves 0 → 1 (except <see cref="ZeroToFocusLevel"/>). Trade-based variables
/// (dependence, asymmetry, salience, symmetry, expectations and their product) are moved among the dyad-years that trade
/// (bilateral trade &gt; 0), because most dyads of the world panel do not trade and their percentiles sit at 0.
/// </summary>
public enum FirstDifferenceMove
{
    /// <summary>From the 10th to the 90th percentile (among dyad-years that trade, for trade-based variables). The verdict's move.</summary>
    Percentile10To90,

    /// <summary>From the median to the median plus one standard deviation (among dyad-years that trade, for trade-based variables).</summary>
    OneStandardDeviation,

    /// <summary>From 0 to the mean level of the focus dyads (China–Central Asia) in the estimation sample.</summary>
    ZeroToFocusLevel,

    /// <summary>From the 25th to the 75th percentile over the whole estimation sample (the rule before issue 9; kept as a robustness row).</summary>
    Interquartile,
}

/// <summary>Plain-words labels of the moves.</summary>
public static class FirstDifferenceMoves
{
    public static IReadOnlyList<FirstDifferenceMove> All { get; } =
        [FirstDifferenceMove.Percentile10To90, FirstDifferenceMove.OneStandardDeviation, FirstDifferenceMove.ZeroToFocusLevel, FirstDifferenceMove.Interquartile];

    public static string Label(FirstDifferenceMove move) => move switch
    {
        FirstDifferenceMove.Percentile10To90 => "10th→90th percentile (among dyads that trade)",
        FirstDifferenceMove.OneStandardDeviation => "median → median + 1 SD",
        FirstDifferenceMove.ZeroToFocusLevel => "0 → focus dyads' observed mean",
        _ => "25th→75th percentile (all dyads)",
    };

    public static string Key(FirstDifferenceMove move) => move switch
    {
        FirstDifferenceMove.Percentile10To90 => "p10_p90",
        FirstDifferenceMove.OneStandardDeviation => "one_sd",
        FirstDifferenceMove.ZeroToFocusLevel => "zero_to_focus",
        _ => "p25_p75",
    };
}
