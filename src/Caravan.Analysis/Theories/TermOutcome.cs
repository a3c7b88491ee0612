namespace Caravan.Analysis.Theories;

/// <summary>What the evidence says about one key term.</summary>
public enum TermOutcome
{
    /// <summary>Predicted sign, significant, and a substantively large simulated first difference.</summary>
    Confirms,

    /// <summary>Predicted sign and significant, but the simulated first difference is small.</summary>
    Weak,

    /// <summary>Not significant.</summary>
    Null,

    /// <summary>Significant with the opposite sign.</summary>
    Contradicts,

    /// <summary>The term could not be estimated (dropped as collinear, or no variation in the sample).</summary>
    NotEstimable,
}
