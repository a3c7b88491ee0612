namespace Caravan.Reporting.Plots;

/// <summary>The files a rendered chart was written to.</summary>
public sealed record ChartFiles(string Png, string Svg);
