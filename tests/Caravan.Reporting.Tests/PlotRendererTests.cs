using Caravan.Reporting.Plots;
using SkiaSharp;

namespace Caravan.Reporting.Tests;

public sealed class PlotRendererTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-plots-").FullName;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CARAVAN_KEEP_TEST_OUTPUT") is { } keep)
        {
            foreach (var f in Directory.GetFiles(dir))
            {
                File.Copy(f, Path.Combine(keep, Path.GetFileName(f)), true);
            }
        }

        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Line_chart_writes_png_and_svg_with_text_and_keeps_holes()
    {
        double[] x = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019];
        double[] y = [1, 2, 3, double.NaN, double.NaN, double.NaN, 2, 1];
        var chart = new LineChart("Net cooperation QZX", "Year", "Per 1,000 events",
            [new PlotSeries("CHN-KAZ", x, y)], [new Milestone(2013, "BRI")]);
        var files = PlotRenderer.Render(chart, dir, "net");
        ReportAssertions.PngHasText(files.Png);
        var svg = File.ReadAllText(files.Svg);
        Assert.Contains("<text", svg, StringComparison.Ordinal);
        Assert.Contains("BRI", svg, StringComparison.Ordinal);
        Assert.Equal([(0, 3), (6, 8)], PlotRenderer.Segments(y, y, y).ToArray());
    }

    [Fact]
    public void Coefficient_chart_renders()
    {
        var chart = new CoefficientChart("Coefficients", "Logit coefficient",
            [new CoefficientPoint("dep_min", "Logit", -1, -2, 0), new CoefficientPoint("dep_min", "Firth", -0.9, -1.8, 0.1)]);
        var files = PlotRenderer.Render(chart, dir, "coef");
        ReportAssertions.PngHasText(files.Png);
        Assert.Contains("dep_min", File.ReadAllText(files.Svg), StringComparison.Ordinal);
    }
}

/// <summary>Checks shared by the plot and report tests.</summary>
internal static class ReportAssertions
{
    /// <summary>
    /// The PNG decodes, is non-empty, and its title band (top 12% of the image) holds dark, anti-aliased glyph pixels:
    /// at least 150 pixels darker than mid-grey, spread over at least 40 columns (a title of a few characters).
    /// A missing font renders nothing or a few boxes and fails the spread test.
    /// </summary>
    public static void PngHasText(string path)
    {
        Assert.True(new FileInfo(path).Length > 1000, $"{path} is (nearly) empty");
        using var bmp = SKBitmap.Decode(path);
        Assert.NotNull(bmp);
        var dark = 0;
        var columns = new HashSet<int>();
        for (var y = 0; y < bmp.Height * 12 / 100; y++)
        {
            for (var x = 0; x < bmp.Width; x++)
            {
                var c = bmp.GetPixel(x, y);
                if (c.Alpha > 128 && c.Red + c.Green + c.Blue < 3 * 110)
                {
                    dark++;
                    columns.Add(x);
                }
            }
        }

        Assert.True(dark >= 150 && columns.Count >= 40, $"{path}: title band has {dark} dark pixels in {columns.Count} columns; no readable text");
    }
}
