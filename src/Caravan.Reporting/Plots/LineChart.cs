namespace Caravan.Reporting.Plots;

/// <summary>A line chart over years.</summary>
public sealed record LineChart(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<PlotSeries> Series,
    IReadOnlyList<Milestone> Milestones);
