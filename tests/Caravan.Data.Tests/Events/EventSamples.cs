using System.Globalization;

namespace Caravan.Data.Tests.Events;

/// <summary>The real raw samples in tests/data/events and the awk counts of expected.sh (expected.csv).</summary>
internal static class EventSamples
{
    public static string Folder { get; } = Locate();

    public static IReadOnlyDictionary<string, double> Expected { get; } = File.ReadAllLines(Path.Combine(Folder, "expected.csv")).Skip(1)
        .Select(l => l.Split(',')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    public static string File1(string name) => Path.Combine(Folder, name);

    public static long Count(string name) => (long)Expected[name];

    public static string TempDir(string tag)
    {
        var d = Path.Combine(Path.GetTempPath(), $"caravan-events-{tag}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(d);
        return d;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "events");
            if (File.Exists(Path.Combine(candidate, "expected.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/data/events not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One store with every shipped sample ingested (shared by the tests of a class).</summary>
public sealed class SampleStoreFixture : IDisposable
{
    public SampleStoreFixture()
    {
        Directory = EventSamples.TempDir("all");
        Report = Caravan.Data.Events.EventIngest.Run(Directory, [EventSamples.Folder]);
    }

    public string Directory { get; }

    public Caravan.Data.Events.IngestReport Report { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

/// <summary>Shares one ingested sample store among the event test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SampleStoreCollection : ICollectionFixture<SampleStoreFixture>
{
    public const string Name = "event sample store";
}
