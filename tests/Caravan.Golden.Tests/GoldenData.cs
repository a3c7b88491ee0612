using Caravan.Core.Frames;
using Caravan.Data.Store;

namespace Caravan.Golden.Tests;

/// <summary>Loads the reference data sets copied (gzipped) into Data/ from the bars-data collection.</summary>
internal static class GoldenData
{
    private static readonly Dictionary<string, Frame> Cache = [];

    public static Frame Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var f))
            {
                f = CsvFrameReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", name + ".csv.gz"));
                Cache[name] = f;
            }

            return f;
        }
    }

    /// <summary>Asserts |actual − expected| ≤ rel·|expected|.</summary>
    public static void Near(double expected, double actual, double rel, string what)
    {
        var tol = rel * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= tol, $"{what}: expected {expected:R}, got {actual:R} (relative difference {Math.Abs(actual - expected) / Math.Abs(expected):E2}, tolerance {rel:E0}).");
    }
}
