namespace Caravan.Reporting.Plots;

/// <summary>A shaded band of years with a label (e.g. left-censored early years, covariates carried forward).</summary>
public sealed record ShadedYears(double From, double To, string Label);

/// <summary>A line chart over years.</summary>
/// <param name="NonNegative">The quantity cannot be negative: the y-axis starts at 0.</param>
/// <param name="Shaded">Bands of years drawn shaded and labelled.</param>
/// <param name="Tracks">Labelled year tracks drawn in a strip below the data (y below 0 carries no tick labels).</param>
public sealed record LineChart(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<PlotSeries> Series,
    IReadOnlyList<Milestone> Milestones,
    bool NonNegative = false,
    IReadOnlyList<ShadedYears>? Shaded = null,
    IReadOnlyList<YearTrack>? Tracks = null);
