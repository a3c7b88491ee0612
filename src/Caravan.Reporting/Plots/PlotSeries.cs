namespace Caravan.Reporting.Plots;

/// <summary>One line on a chart; NaN in <see cref="Y"/> breaks the line (a hole stays a hole).</summary>
/// <param name="Label">Legend text.</param>
/// <param name="X">X values (years).</param>
/// <param name="Y">Y values.</param>
/// <param name="Lower">Optional lower bound of a shaded interval.</param>
/// <param name="Upper">Optional upper bound.</param>
/// <param name="Dashed">Draw dashed (e.g. a counterfactual).</param>
/// <param name="Markers">Draw point markers.</param>
public sealed record PlotSeries(
    string Label,
    double[] X,
    double[] Y,
    double[]? Lower = null,
    double[]? Upper = null,
    bool Dashed = false,
    bool Markers = false);
