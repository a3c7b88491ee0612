using System.Diagnostics;
using System.Security.Cryptography;
using Caravan.Data.Events.Readers;
using DuckDB.NET.Data;

namespace Caravan.Data.Events;

/// <summary>
/// <c>caravan events ingest</c>: raw files → validated, normalised rows → Parquet parts staged inside the store and
/// renamed into place, then the manifest is replaced in one rename. Until that rename nothing is visible, so an
/// interrupted or failed ingest leaves the store as it was (its leftovers are removed by the next ingest).
/// </summary>
public static class EventIngest
{
    /// <summary>Test hook: runs after the parts are moved into place and before the manifest is replaced.</summary>
    internal static Action? BeforeManifestCommit { get; set; }

    public static IngestReport Run(string storeDirectory, IEnumerable<string> paths, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(storeDirectory);
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new IngestOptions();
        var clock = Stopwatch.StartNew();
        var inputs = InputExpander.Expand(paths);
        if (inputs.Count == 0)
        {
            throw new EventDataException("No input files.");
        }

        var store = Path.GetFullPath(storeDirectory);
        using var storeLock = EventStore.Lock(store);
        var manifest = StoreManifest.Load(store);
        EventStore.RemoveLeftovers(store, manifest);

        var goldsteinFile = Path.Combine(options.DataDirectory ?? Sources.DataDirectory.Locate(), "cameo_goldstein.parquet");
        if (!File.Exists(goldsteinFile))
        {
            throw new EventDataException($"The CAMEO-Goldstein mapping {goldsteinFile} is missing.");
        }

        var known = manifest.Files.Select(f => f.Sha256).ToHashSet(StringComparer.Ordinal);
        var batch = Guid.NewGuid().ToString("N")[..12];
        var added = new List<IngestedFile>();
        var skipped = new List<string>();
        var unrecognised = new List<string>();
        var malformed = new List<MalformedRow>();
        long malformedCount = 0, bytes = 0;
        var countries = new ActorCountryMapper();

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using (var sink = new StagingWriter(db))
        {
            foreach (var input in inputs)
            {
                var sha = Sha256(input);
                if (!known.Add(sha))
                {
                    skipped.Add(input.Name);
                    continue;
                }

                var result = RawEventReader.Read(input, options.Format, sink, countries, m =>
                {
                    malformedCount++;
                    if (malformed.Count < options.MaxReported)
                    {
                        malformed.Add(m);
                    }
                });
                if (result is null)
                {
                    if (input.Explicit)
                    {
                        throw new EventDataException($"{input.Path}: cannot tell the format from the first line (57/58 columns = GDELT 1.0, 61 = GDELT 2.0, 16 = GDELT 2.0 mentions, ICEWS header 'Event ID' with 20 columns); give --format.");
                    }

                    known.Remove(sha);
                    unrecognised.Add(input.Name);
                    continue;
                }

                bytes += result.Bytes;
                added.Add(new IngestedFile(input.Name, sha, EventFormats.Name(result.Format), result.Rows, result.Malformed, result.Bytes, batch, DateTime.UtcNow));
            }
        }

        if (options.Strict && malformedCount > 0)
        {
            throw new EventDataException(
                $"{malformedCount:N0} malformed row(s) and --strict: nothing was ingested. First: {malformed[0]}" +
                (malformed.Count > 1 ? $"; then {string.Join("; ", malformed.Skip(1).Take(4))}" : string.Empty));
        }

        var rows = added.Sum(f => f.Rows);
        if (rows > 0)
        {
            Commit(db, store, manifest, added, batch, goldsteinFile);
        }

        return new IngestReport(added, skipped, unrecognised, malformed, malformedCount,
            countries.Unmapped.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(),
            bytes, clock.Elapsed.TotalSeconds);
    }

    private static void Commit(DuckDBConnection db, string store, StoreManifest manifest, List<IngestedFile> added, string batch, string goldsteinFile)
    {
        var staging = Path.Combine(store, $".staging-{batch}");
        Directory.CreateDirectory(staging);
        try
        {
            Execute(db, $"""
                UPDATE ev SET goldstein_cameo = g.goldstein
                FROM read_parquet({Lit(goldsteinFile)}) g
                WHERE g.code = ev.cameo_code AND g.mapping = CASE WHEN ev.dataset = 'icews' THEN 'icews' ELSE 'gdelt' END
                """);
            foreach (var (table, root, order) in new[] { ("ev", "events", "dataset, year, date, event_id"), ("mn", "mentions", "dataset, year, event_id, mention_time") })
            {
                if (Convert.ToInt64(Scalar(db, $"SELECT count(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    continue;
                }

                var pattern = $"b{batch}_{{i}}";
                Execute(db, $"""
                    COPY (SELECT * FROM {table} ORDER BY {order}) TO {Lit(Path.Combine(staging, root))}
                    (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (dataset, year), WRITE_PARTITION_COLUMNS true,
                     FILENAME_PATTERN '{pattern}', ROW_GROUP_SIZE 122880)
                    """);
            }

            var parts = new List<string>();
            foreach (var file in Directory.EnumerateFiles(staging, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(staging, file).Replace('\\', '/');
                var target = Path.Combine(store, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target);
                parts.Add(relative);
            }

            BeforeManifestCommit?.Invoke();
            var next = manifest with
            {
                Files = [.. manifest.Files, .. added],
                Parts = [.. manifest.Parts, .. parts],
            };
            next.Save(store);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static string Sha256(InputSource input)
    {
        using var s = input.Open();
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    private static string Lit(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Execute(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
