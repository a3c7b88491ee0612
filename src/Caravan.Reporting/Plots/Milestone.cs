namespace Caravan.Reporting.Plots;

/// <summary>A dated event marked with a vertical line and a label (SCO 2001, BRI 2013, a pipeline's first year).</summary>
public sealed record Milestone(double Year, string Label);
