namespace Caravan.Reporting.Plots;

/// <summary>
/// A labelled track of years drawn in its own strip below a line chart's data (outside the data area), e.g. the years in
/// which one covariate is carried forward. <paramref name="From"/> and <paramref name="To"/> are inclusive years.
/// </summary>
public sealed record YearTrack(string Label, int From, int To);
