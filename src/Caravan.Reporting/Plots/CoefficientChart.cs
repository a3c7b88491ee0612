namespace Caravan.Reporting.Plots;

/// <summary>One estimate with its interval on a coefficient chart.</summary>
public sealed record CoefficientPoint(string Term, string Group, double Estimate, double Low, double High);

/// <summary>A coefficient ("dot-and-whisker") chart: terms on the vertical axis, one marker per group (model).</summary>
/// <param name="XMin">Optional common lower limit of the x-axis (so that charts of several theories share one scale).</param>
/// <param name="XMax">Optional common upper limit.</param>
public sealed record CoefficientChart(string Title, string XLabel, IReadOnlyList<CoefficientPoint> Points, double XMin = double.NaN, double XMax = double.NaN);
