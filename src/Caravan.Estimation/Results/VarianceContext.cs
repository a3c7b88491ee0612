using Caravan.Core.Frames;

namespace Caravan.Estimation.Results;

/// <summary>
/// What a variance estimator needs after fitting, kept by reference (no copies of the data):
/// the source frame and the source row of each estimation-sample observation, so that cluster,
/// panel and time columns can be looked up for any <see cref="Vcov.VcovSpec"/> chosen later.
/// </summary>
public sealed record VarianceContext(Frame Source, int[] SampleRows)
{
    /// <summary>Panel unit column (Newey–West on panels, Driscoll–Kraay); from <see cref="FitOptions.PanelId"/>.</summary>
    public string? PanelId { get; init; }

    /// <summary>Time column (Newey–West, Driscoll–Kraay); from <see cref="FitOptions.TimeVar"/>.</summary>
    public string? TimeVar { get; init; }
}
