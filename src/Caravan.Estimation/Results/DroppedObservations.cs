namespace Caravan.Estimation.Results;

/// <summary>Why observations left the estimation sample.</summary>
public enum DropReason
{
    /// <summary>A variable in the formula, the weights or the fixed effects was missing.</summary>
    Missing,

    /// <summary>The observation is alone in a fixed-effect group (fixest's singleton removal).</summary>
    Singleton,

    /// <summary>The fixed-effect group has an outcome without variation (e.g. all zeros in Poisson, all 0 or all 1 in logit).</summary>
    SeparatedByFixedEffect,

    /// <summary>Separated by the regressors (ppmlhdfe-style detection for Poisson; perfect prediction in binary models).</summary>
    SeparatedByRegressors,

    /// <summary>Zero or negative weight.</summary>
    NonPositiveWeight,
}

/// <summary>Observations dropped for one reason: count and the source-frame row indices (0-based).</summary>
public sealed record DroppedObservations(DropReason Reason, int Count, IReadOnlyList<int> Rows, string Detail);
