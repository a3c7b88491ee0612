using Caravan.Reporting.Output;
using ScottPlot;

namespace Caravan.Reporting.Plots;

/// <summary>Renders charts to PNG and SVG with ScottPlot 5, in DejaVu Sans (installed in CI by fonts-dejavu-core), atomically.</summary>
public static class PlotRenderer
{
    public const string FontName = "DejaVu Sans";
    public const int Width = 1000;
    public const int Height = 560;

    private static readonly Lock FontLock = new();
    private static bool fontSet;

    private static readonly string[] Palette =
        ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#17becf", "#bcbd22"];

    public static ChartFiles Render(LineChart chart, string directory, string name)
    {
        var plot = NewPlot(chart.Title, chart.XLabel, chart.YLabel);
        var i = 0;
        var allY = new List<double>();
        foreach (var s in chart.Series)
        {
            var color = Color.FromHex(Palette[i++ % Palette.Length]);
            if (s.Lower is not null && s.Upper is not null)
            {
                foreach (var (a, b) in Segments(s.Y, s.Lower, s.Upper))
                {
                    var xs = s.X[a..b];
                    var fill = plot.Add.FillY(xs, s.Lower[a..b], s.Upper[a..b]);
                    fill.FillColor = color.WithAlpha(0.18);
                    fill.LineColor = Colors.Transparent;
                    allY.AddRange(s.Lower[a..b]);
                    allY.AddRange(s.Upper[a..b]);
                }
            }

            var first = true;
            foreach (var (a, b) in Segments(s.Y, s.Y, s.Y))
            {
                var sc = plot.Add.Scatter(s.X[a..b], s.Y[a..b]);
                sc.Color = color;
                sc.LineWidth = 2;
                sc.MarkerSize = s.Markers || b - a == 1 ? 5 : 0;
                sc.LinePattern = s.Dashed ? LinePattern.Dashed : LinePattern.Solid;
                if (first)
                {
                    sc.LegendText = s.Label;
                    first = false;
                }

                allY.AddRange(s.Y[a..b]);
            }
        }

        var finite = allY.Where(double.IsFinite).ToArray();
        var top = finite.Length == 0 ? 1 : finite.Max();
        var bottom = finite.Length == 0 ? 0 : finite.Min();
        if (chart.NonNegative)
        {
            bottom = 0;
        }

        // Head-room above the data for the milestone labels (up to four rows, assigned so that no two labels in a row
        // overlap), so no label sits on a line; shaded-band labels sit just above the data.
        var range = Math.Max(top - bottom, 1e-9);
        var plotted = chart.Series.SelectMany(s => s.X.Where((_, i) => double.IsFinite(s.Y[i]))).ToArray();
        var (xMin, xMax) = plotted.Length == 0 ? (double.NegativeInfinity, double.PositiveInfinity) : (plotted.Min(), plotted.Max());
        var legendBelow = LegendBelow(chart.Series.Select(s => s.Label));
        var unitsPerChar = (xMax - xMin + 1) / ((legendBelow ? 880.0 : 700.0) / 6.6); // ~6.6 px per character at 11 pt
        var bandLabelY = top + (range * 0.01);
        var used = new List<(double From, double To)>();
        foreach (var band in MergeBands(chart.Shaded ?? []))
        {
            var span = plot.Add.HorizontalSpan(band.From, band.To);
            span.FillStyle.Color = Colors.Gray.WithAlpha(0.15);
            span.LineStyle.Width = 0;
            span.LineStyle.Pattern = LinePattern.Solid;
            span.LineStyle.Color = Colors.Transparent;
            var right = band.From > xMin + ((xMax - xMin) * 0.5);
            var t = plot.Add.Text(band.Label, right ? band.To : band.From, bandLabelY);
            t.LabelFontSize = 10;
            t.LabelFontColor = Colors.DimGray;
            t.LabelFontName = FontName;
            t.LabelAlignment = right ? Alignment.LowerRight : Alignment.LowerLeft;
        }

        var rows = new List<List<(double From, double To)>>();
        foreach (var m in chart.Milestones.Where(m => m.Year >= xMin && m.Year <= xMax).OrderBy(m => m.Year))
        {
            var line = plot.Add.VerticalLine(m.Year);
            line.Color = Colors.Gray.WithAlpha(0.8);
            line.LinePattern = LinePattern.Dotted;
            line.LineWidth = 1;
            // Labels in the right third of the axis grow leftwards so none is cut at the edge.
            var leftwards = m.Year > xMin + ((xMax - xMin) * 0.66);
            var width = (m.Label.Length + 1) * unitsPerChar;
            var extent = leftwards ? (m.Year - width, m.Year) : (m.Year, m.Year + width);
            var row = rows.FindIndex(r => r.All(e => extent.Item2 < e.From || extent.Item1 > e.To));
            if (row < 0)
            {
                rows.Add([]);
                row = rows.Count - 1;
            }

            rows[row].Add(extent);
            var label = plot.Add.Text(m.Label, m.Year, top + (range * (0.08 + (0.075 * row))));
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Black;
            label.LabelFontName = FontName;
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
            label.LabelAlignment = leftwards ? Alignment.LowerRight : Alignment.LowerLeft;
        }

        var headroom = rows.Count == 0 ? 0.08 : 0.12 + (0.075 * rows.Count);
        var lowest = chart.NonNegative ? 0 : bottom - (range * 0.05);
        if (chart.Tracks is { Count: > 0 } tracks)
        {
            lowest = DrawTracks(plot, tracks, lowest, range, xMin, xMax);
            // Tick labels only over the data (0 and up for a non-negative quantity), none beside the tracks.
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                NiceTicks(chart.NonNegative ? 0 : bottom - (range * 0.05), top + (range * headroom)).Select(v => (v, Format(v))).Select(t => new Tick(t.v, t.Item2, true)).ToArray());
        }

        plot.Axes.SetLimitsY(lowest, top + (range * headroom));
        plot.Axes.SetLimitsX(xMin - 0.5, xMax + 0.5);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (chart.Series.Count > 1)
        {
            // Outside the data area (right edge, or below when the labels are long), so it never hides a series.
            plot.ShowLegend(legendBelow ? Edge.Bottom : Edge.Right);
            plot.Legend.FontName = FontName;
        }

        return Save(plot, directory, name);
    }

    /// <summary>
    /// Draws the tracks in a strip below <paramref name="floor"/> (the bottom of the data): a separating line, a light
    /// background, and per track a bar over its years with its label beside it (left of the bar, or right when the bar
    /// starts in the left half). Returns the new bottom of the y-axis.
    /// </summary>
    private static double DrawTracks(Plot plot, IReadOnlyList<YearTrack> tracks, double floor, double range, double xMin, double xMax)
    {
        var h = range * 0.065;
        var gap = range * 0.03;
        var bottom = floor - gap - (h * (tracks.Count + 1)) - (h * 0.3);
        var back = plot.Add.Rectangle(xMin - 0.5, xMax + 0.5, bottom, floor - (gap * 0.5));
        back.FillColor = Colors.Orange.WithAlpha(0.06);
        back.LineColor = Colors.Transparent;
        var sep = plot.Add.HorizontalLine(floor);
        sep.Color = Colors.Black.WithAlpha(0.6);
        sep.LineWidth = 1;
        var header = plot.Add.Text("Covariates not observed in these years (carried forward from their last year, or assumed):", xMin - 0.4, floor - gap - (h * 0.5));
        header.LabelFontSize = 10;
        header.LabelBold = true;
        header.LabelFontColor = Colors.Black;
        header.LabelFontName = FontName;
        header.LabelAlignment = Alignment.MiddleLeft;
        for (var k = 0; k < tracks.Count; k++)
        {
            var t = tracks[k];
            var y = floor - gap - (h * (k + 1.5));
            var bar = plot.Add.Line(t.From - 0.4, y, t.To + 0.4, y);
            bar.Color = Color.FromHex("#b35806").WithAlpha(0.75);
            bar.LineWidth = 7;
            var right = t.From < xMin + ((xMax - xMin) * 0.5);
            var label = plot.Add.Text(t.Label, right ? t.To + 0.7 : t.From - 0.7, y);
            label.LabelFontSize = 10;
            label.LabelFontColor = Colors.Black;
            label.LabelFontName = FontName;
            label.LabelAlignment = right ? Alignment.MiddleLeft : Alignment.MiddleRight;
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        return bottom;
    }

    /// <summary>About eight round tick values covering [lo, hi] (steps 1, 2, 2.5, 5 × 10^k).</summary>
    internal static IReadOnlyList<double> NiceTicks(double lo, double hi)
    {
        var raw = Math.Max(hi - lo, 1e-12) / 8;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 2.5, 5, 10 }.Select(m => m * mag).First(s => s >= raw);
        var first = Math.Ceiling(lo / step) * step;
        var ticks = new List<double>();
        for (var v = first; v <= hi + (step * 1e-9); v += step)
        {
            ticks.Add(Math.Abs(v) < step * 1e-9 ? 0 : v);
        }

        return ticks;
    }

    private static string Format(double v) => Math.Round(v, 10).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);

    public static ChartFiles Render(CoefficientChart chart, string directory, string name)
    {
        var plot = NewPlot(chart.Title, chart.XLabel, "");
        var terms = chart.Points.Select(p => p.Term).Distinct().ToArray();
        var groups = chart.Points.Select(p => p.Group).Distinct().ToArray();
        var band = 0.35;
        for (var g = 0; g < groups.Length; g++)
        {
            var color = Color.FromHex(Palette[g % Palette.Length]);
            var pts = chart.Points.Where(p => p.Group == groups[g]).ToArray();
            var first = true;
            foreach (var p in pts)
            {
                var y = Array.IndexOf(terms, p.Term) + ((groups.Length == 1 ? 0 : (g / (double)(groups.Length - 1)) - 0.5) * band);
                if (!double.IsFinite(p.Estimate))
                {
                    continue;
                }

                var whisker = plot.Add.Line(p.Low, y, p.High, y);
                whisker.Color = color;
                whisker.LineWidth = 2;
                var dot = plot.Add.Marker(p.Estimate, y);
                dot.Color = color;
                dot.Size = 8;
                if (first)
                {
                    dot.LegendText = groups[g];
                    first = false;
                }
            }
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Gray;
        zero.LinePattern = LinePattern.Dashed;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, terms.Length).Select(t => (double)t).ToArray(), terms);
        plot.Axes.SetLimitsY(terms.Length - 0.5, -0.5);
        if (double.IsFinite(chart.XMin) && double.IsFinite(chart.XMax))
        {
            plot.Axes.SetLimitsX(chart.XMin, chart.XMax);
        }

        if (groups.Length > 1)
        {
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.FontName = FontName;
        }

        return Save(plot, directory, name);
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        lock (FontLock)
        {
            if (!fontSet)
            {
                Fonts.Default = FontName;
                fontSet = true;
            }
        }

        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.Title.Label.FontName = FontName;
        // A long title (e.g. "Regionalism / constructivism (IGOs, SCO): predicted annual Pr(MID onset) …") would run past
        // the image's edges at the default size: shrink it so it stays whole.
        if (title.Length > 80)
        {
            plot.Axes.Title.Label.FontSize = Math.Max(11, plot.Axes.Title.Label.FontSize * 80 / title.Length);
        }

        plot.Axes.Bottom.Label.FontName = FontName;
        plot.Axes.Left.Label.FontName = FontName;
        plot.Axes.Bottom.TickLabelStyle.FontName = FontName;
        plot.Axes.Left.TickLabelStyle.FontName = FontName;
        return plot;
    }

    private static ChartFiles Save(Plot plot, string directory, string name)
    {
        var png = Path.Combine(directory, name + ".png");
        var svg = Path.Combine(directory, name + ".svg");
        AtomicFile.Write(png, tmp => plot.SavePng(tmp, Width, Height));
        AtomicFile.Write(svg, tmp => plot.SaveSvg(tmp, Width, Height));
        return new ChartFiles(png, svg);
    }

    /// <summary>Whether a legend goes below the plot (long labels would squeeze the data area on the right).</summary>
    internal static bool LegendBelow(IEnumerable<string> labels) => labels.Any(l => l.Length > 22);

    /// <summary>Adjacent or overlapping bands with the same label become one band (one label, not one per year).</summary>
    internal static IReadOnlyList<ShadedYears> MergeBands(IReadOnlyList<ShadedYears> bands)
    {
        var merged = new List<ShadedYears>();
        foreach (var b in bands.OrderBy(b => b.From))
        {
            if (merged.Count > 0 && merged[^1].Label == b.Label && b.From <= merged[^1].To + 1e-9)
            {
                merged[^1] = merged[^1] with { To = Math.Max(merged[^1].To, b.To) };
            }
            else
            {
                merged.Add(b);
            }
        }

        return merged;
    }

    /// <summary>Index ranges [a, b) where all three arrays are finite: NaN breaks a line, never joins across a hole.</summary>
    internal static IEnumerable<(int Start, int End)> Segments(double[] y, double[] lo, double[] hi)
    {
        var start = -1;
        for (var i = 0; i <= y.Length; i++)
        {
            var ok = i < y.Length && double.IsFinite(y[i]) && double.IsFinite(lo[i]) && double.IsFinite(hi[i]);
            if (ok && start < 0)
            {
                start = i;
            }
            else if (!ok && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }
    }
}
