using System.IO.Compression;
using Caravan.Data.Events;

namespace Caravan.Data.Tests.Events;

public sealed class EventIngestFailureTests
{
    /// <summary>Real rows of the 2013-04-01 file; row 3 gets a bad EventCode, row 5 loses its last field... and a 61-field line.</summary>
    private static string DamagedCopy(string dir)
    {
        using var zip = ZipFile.OpenRead(EventSamples.File1("20130401.export.CSV.zip"));
        using var reader = new StreamReader(zip.Entries[0].Open());
        var lines = Enumerable.Range(0, 10).Select(_ => reader.ReadLine()!).ToList();
        var f = lines[2].Split('\t');
        f[26] = "X43";
        lines[2] = string.Join('\t', f);
        lines[4] = lines[4] + "\textra\tfields\tadded";
        var path = Path.Combine(dir, "damaged.export.CSV");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Malformed_rows_are_reported_with_file_line_and_column_and_the_rest_is_ingested()
    {
        var dir = EventSamples.TempDir("bad");
        try
        {
            var r = EventIngest.Run(Path.Combine(dir, "store"), [DamagedCopy(dir)]);
            Assert.Equal(2, r.MalformedCount);
            Assert.Equal(8, r.Events);
            var code = r.Malformed.Single(m => m.Line == 3);
            Assert.Equal("damaged.export.CSV", code.File);
            Assert.Equal("EventCode (col 27)", code.Column);
            Assert.Contains("X43", code.Problem, StringComparison.Ordinal);
            var width = r.Malformed.Single(m => m.Line == 5);
            Assert.Equal("columns", width.Column);
            Assert.Contains("61 tab-separated fields, expected 57 or 58", width.Problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Strict_fails_and_leaves_the_store_as_it_was()
    {
        var dir = EventSamples.TempDir("strict");
        try
        {
            var store = Path.Combine(dir, "store");
            EventIngest.Run(store, [EventSamples.File1("aamend-events1.csv.gz")]);
            var before = File.ReadAllText(Path.Combine(store, StoreManifest.FileName));
            var e = Assert.Throws<EventDataException>(() => EventIngest.Run(store, [DamagedCopy(dir)], new IngestOptions(Strict: true)));
            Assert.Contains("damaged.export.CSV:3: EventCode (col 27)", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(Path.Combine(store, StoreManifest.FileName)));
            Assert.Equal(EventSamples.Count("gdelt1_events1_rows"), EventStore.Open(store).Manifest.Files.Sum(f => f.Rows));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_ingest_interrupted_before_the_manifest_commit_leaves_the_store_as_it_was_and_is_cleaned_next_time()
    {
        var dir = EventSamples.TempDir("crash");
        try
        {
            var store = Path.Combine(dir, "store");
            EventIngest.Run(store, [EventSamples.File1("aamend-events1.csv.gz")]);
            var before = EventStore.Open(store).Manifest;
            EventIngest.BeforeManifestCommit = () => throw new IOException("simulated crash");
            try
            {
                Assert.Throws<IOException>(() => EventIngest.Run(store, [EventSamples.File1("reed9999-events.csv.gz")]));
            }
            finally
            {
                EventIngest.BeforeManifestCommit = null;
            }

            var after = EventStore.Open(store);
            Assert.Equal(before.Parts, after.Manifest.Parts);
            Assert.Equal(before.Files.Count, after.Manifest.Files.Count);
            var onDisk = Directory.EnumerateFiles(Path.Combine(store, "events"), "*.parquet", SearchOption.AllDirectories).Count();
            Assert.True(onDisk > before.Parts.Count, "the simulated crash should leave unlisted parts behind");

            var retry = EventIngest.Run(store, [EventSamples.File1("reed9999-events.csv.gz")]);
            Assert.Equal(EventSamples.Count("gdelt1_reed_rows"), retry.Events);
            var listed = EventStore.Open(store).Manifest.Parts.Count(p => p.StartsWith("events/", StringComparison.Ordinal));
            Assert.Equal(listed, Directory.EnumerateFiles(Path.Combine(store, "events"), "*.parquet", SearchOption.AllDirectories).Count());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Formats_are_detected_from_the_first_line_or_forced_and_unknown_files_are_refused()
    {
        Assert.Equal(EventFormat.Gdelt1, EventFormats.Detect(string.Join('\t', new string[57])));
        Assert.Equal(EventFormat.Gdelt1, EventFormats.Detect(string.Join('\t', new string[58])));
        Assert.Equal(EventFormat.Gdelt2, EventFormats.Detect(string.Join('\t', new string[61])));
        Assert.Equal(EventFormat.Gdelt2Mentions, EventFormats.Detect(string.Join('\t', new string[16])));
        Assert.Null(EventFormats.Detect("a,b,c"));
        var dir = EventSamples.TempDir("fmt");
        try
        {
            var csv = Path.Combine(dir, "notes.txt");
            File.WriteAllText(csv, "a,b,c\n1,2,3\n");
            var e = Assert.Throws<EventDataException>(() => EventIngest.Run(Path.Combine(dir, "store"), [csv]));
            Assert.Contains("notes.txt", e.Message, StringComparison.Ordinal);
            Assert.Contains("--format", e.Message, StringComparison.Ordinal);
            // Forcing the wrong format turns every row into a reported malformed row.
            var forced = EventIngest.Run(Path.Combine(dir, "store"), [EventSamples.File1("aamend-events1.csv.gz")], new IngestOptions(EventFormat.Gdelt2));
            Assert.Equal(EventSamples.Count("gdelt1_events1_rows"), forced.MalformedCount);
            Assert.Equal(0, forced.Events);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Globs_match_files_by_pattern_including_any_folder_depth()
    {
        var hits = InputExpander.Glob(Path.Combine(EventSamples.Folder, "*.gz"));
        Assert.Equal(4, hits.Count);
        var deep = InputExpander.Glob(Path.Combine(Path.GetDirectoryName(EventSamples.Folder)!, "**", "2013*.zip"));
        Assert.Single(deep);
        Assert.Throws<EventDataException>(() => InputExpander.Expand([Path.Combine(EventSamples.Folder, "*.nothing")]));
    }
}
