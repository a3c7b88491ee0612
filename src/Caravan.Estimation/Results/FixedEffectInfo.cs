namespace Caravan.Estimation.Results;

/// <summary>
/// A fixed-effect dimension of a fitted model: its name (e.g. "Origin" or "fe2^fe3"), number of levels in
/// the estimation sample, the level labels, and the per-observation level codes (length nobs, 0-based).
/// </summary>
public sealed record FixedEffectInfo(string Name, int Levels, IReadOnlyList<string> LevelNames, int[] Codes)
{
    /// <summary>Estimated effects per level, when requested (<see cref="FitOptions.FixedEffectEstimates"/>); else null.</summary>
    public double[]? Estimates { get; init; }
}
