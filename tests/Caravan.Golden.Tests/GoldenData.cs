using Caravan.Core.Frames;
using Caravan.Data.Store;

namespace Caravan.Golden.Tests;

/// <summary>Loads the reference data sets copied into Data/ (gzipped where large) from the bars-data collection.</summary>
internal static class GoldenData
{
    private static readonly Dictionary<string, Frame> Cache = [];

    /// <summary>Data/NAME.csv.gz, or Data/NAME.csv where the set is small enough to ship uncompressed.</summary>
    public static Frame Load(string name)
    {
        var gz = Path.Combine(AppContext.BaseDirectory, "Data", name + ".csv.gz");
        return Read(File.Exists(gz) ? gz : Path.ChangeExtension(gz, null));
    }

    /// <summary>Reads one file (.csv or .csv.gz), cached by path.</summary>
    public static Frame Read(string path)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var f))
            {
                f = CsvFrameReader.Read(path);
                Cache[path] = f;
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
