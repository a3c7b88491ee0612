using System.Globalization;
using System.Text.Json;
using Caravan.Core.Frames;

namespace Caravan.Golden.Tests.Support;

/// <summary>Reads the golden CSV data (numeric columns, optional quoted header) and expected JSON.</summary>
internal static class PenalGolden
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    /// <summary>A golden CSV through the project's own reader (the one <c>caravan fit</c> uses); see <see cref="GoldenData.Load"/>.</summary>
    public static Frame ReadNumericCsv(string relative) => GoldenData.Read(PathOf(relative));

    /// <summary>Dense design [1, x1, x2, ...] from frame columns (no missing values expected).</summary>
    public static double[][] Design(Frame frame, params string[] regressors)
    {
        var n = frame.RowCount;
        return [Enumerable.Repeat(1.0, n).ToArray(), .. regressors.Select(r => frame.Numeric(r).Values)];
    }

    public static JsonElement Expected(string relative) =>
        JsonDocument.Parse(File.ReadAllText(PathOf(relative))).RootElement;

    public static double[] Doubles(this JsonElement e, string name) =>
        e.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double Double(this JsonElement e, string name) => e.GetProperty(name).GetDouble();

    public static void Close(double expected, double actual, double relTol, string what)
    {
        var err = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-12);
        Assert.True(err <= relTol, $"{what}: expected {expected:R}, got {actual:R} (relative error {err:E2} > {relTol:E0})");
    }

    public static void CloseAbs(double expected, double actual, double absTol, string what)
    {
        var err = Math.Abs(actual - expected);
        Assert.True(err <= absTol, $"{what}: expected {expected:R}, got {actual:R} (abs error {err:E2} > {absTol:E0})");
    }

    public static void AllClose(double[] expected, IReadOnlyList<double> actual, double relTol, string what)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], relTol, $"{what}[{i}]");
        }
    }
}
