using System.Diagnostics;
using System.Globalization;
using System.Text;
using Caravan.Data.Events;
using Caravan.Data.Events.Aggregation;
using Caravan.Data.Events.Engines;
using DuckDB.NET.Data;

namespace Caravan.Bench;

/// <summary>
/// Event-pipeline benchmarks (docs/events.md). Synthetic events in the real layouts, seeded:
///   events gen-tsv N DIR [SEED]        N GDELT 1.0 rows (58 columns, the daily-file layout) in daily files DIR/YYYYMMDD.export.CSV
///   events gen-parquet N STORE [SEED]  N events straight into an event store (events/dataset=gdelt1/year=Y/*.parquet + manifest)
///   events agg STORE [RUNS]            dyad-year aggregation (Caravan, DuckDB engine) vs a plain DuckDB GROUP BY over the same files
/// Prints wall time, rows/s and the process's peak RSS (VmHWM).
/// </summary>
internal static class EventsBench
{
    // (CAMEO code, quad class, Goldstein) — real GDELT weights; countries: ISO3 with COW codes, China and Central Asia first.
    private static readonly (string Code, int Quad, double G)[] Codes =
    [
        ("010", 1, 0), ("020", 1, 3), ("036", 1, 4), ("040", 1, 1), ("042", 1, 1.9), ("043", 1, 2.8), ("051", 1, 3.4),
        ("061", 2, 6.4), ("071", 2, 7.4), ("112", 3, -2), ("120", 3, -4), ("130", 3, -4.4), ("141", 3, -6.5), ("173", 4, -5), ("190", 4, -10), ("193", 4, -10),
    ];

    private static readonly (string Iso3, int Cow)[] States =
    [
        ("CHN", 710), ("KAZ", 705), ("KGZ", 703), ("TJK", 702), ("TKM", 701), ("UZB", 704), ("RUS", 365), ("USA", 2), ("GBR", 200), ("FRA", 220),
        ("DEU", 255), ("JPN", 740), ("IND", 750), ("PAK", 770), ("IRN", 630), ("TUR", 640), ("AFG", 700), ("MNG", 712), ("KOR", 732), ("PRK", 731),
        ("UKR", 369), ("BLR", 370), ("POL", 290), ("ITA", 325), ("ESP", 230), ("BRA", 140), ("MEX", 70), ("CAN", 20), ("AUS", 900), ("IDN", 850),
        ("EGY", 651), ("ISR", 666), ("SAU", 670), ("IRQ", 645), ("SYR", 652), ("NGA", 475), ("ZAF", 560), ("ETH", 530), ("KEN", 501), ("VNM", 816),
    ];

    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (args.FirstOrDefault())
        {
            case "gen-tsv":
                GenTsv((long)double.Parse(args[1], inv), args[2], args.Length > 3 ? int.Parse(args[3], inv) : 1);
                return 0;
            case "gen-parquet":
                GenParquet((long)double.Parse(args[1], inv), args[2], args.Length > 3 ? int.Parse(args[3], inv) : 1);
                return 0;
            case "agg":
                Aggregate(args[1], args.Length > 2 ? int.Parse(args[2], inv) : 1);
                return 0;
            default:
                Console.Error.WriteLine("usage: events gen-tsv N DIR [SEED] | events gen-parquet N STORE [SEED] | events agg STORE [RUNS]");
                return 1;
        }
    }

    private static void GenTsv(long n, string dir, int seed)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(seed);
        var clock = Stopwatch.StartNew();
        const int days = 20;
        long id = 300_000_000, bytes = 0;
        for (var d = 0; d < days; d++)
        {
            var added = new DateOnly(2018, 3, 1).AddDays(d);
            var path = Path.Combine(dir, added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".export.CSV");
            using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
            var rows = n / days + (d < n % days ? 1 : 0);
            var line = new StringBuilder(512);
            for (long r = 0; r < rows; r++)
            {
                line.Clear();
                var date = added.AddDays(-(rng.Next(10) == 0 ? rng.Next(365) : 0));
                var a = State(rng);
                var b = State(rng);
                var (code, quad, g) = Codes[rng.Next(Codes.Length)];
                var m = 1 + rng.Next(20);
                var f = new string[58];
                Array.Fill(f, string.Empty);
                f[0] = (id++).ToString(CultureInfo.InvariantCulture);
                f[1] = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                f[2] = date.ToString("yyyyMM", CultureInfo.InvariantCulture);
                f[3] = date.Year.ToString(CultureInfo.InvariantCulture);
                f[4] = (date.Year + (date.DayOfYear - 1) / 365.0).ToString("F4", CultureInfo.InvariantCulture);
                f[5] = a.Iso3 + (rng.Next(2) == 0 ? "GOV" : string.Empty);
                f[6] = a.Iso3 + " NAME";
                f[7] = a.Iso3;
                f[12] = f[5].Length > 3 ? "GOV" : string.Empty;
                f[15] = " " + b.Iso3; // the leading-space quirk of early daily files
                f[16] = b.Iso3 + " NAME";
                f[17] = b.Iso3;
                f[25] = rng.Next(2).ToString(CultureInfo.InvariantCulture);
                f[26] = code;
                f[27] = code;
                f[28] = code[..2];
                f[29] = quad.ToString(CultureInfo.InvariantCulture);
                f[30] = g.ToString(CultureInfo.InvariantCulture);
                f[31] = m.ToString(CultureInfo.InvariantCulture);
                f[32] = (1 + rng.Next(m)).ToString(CultureInfo.InvariantCulture);
                f[33] = m.ToString(CultureInfo.InvariantCulture);
                f[34] = (rng.NextDouble() * 20 - 10).ToString("R", CultureInfo.InvariantCulture);
                f[35] = "1";
                f[36] = "Somewhere, Country";
                f[37] = "XX";
                f[38] = "XX00";
                f[39] = "41.5";
                f[40] = "69.2";
                f[41] = "XX";
                f[56] = added.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                f[57] = rng.Next(15) == 0 ? "BBC Monitoring" : $"http://news.example.org/{id}/article-about-events";
                line.AppendJoin('\t', f);
                w.WriteLine(line);
            }

            w.Flush();
            bytes += w.BaseStream.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {n:N0} GDELT 1.0 rows ({bytes / 1e6:F0} MB) in {days} daily files to {dir} in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static (string Iso3, int Cow) State(Random rng) => States[rng.Next(3) == 0 ? rng.Next(6) : rng.Next(States.Length)];

    private static void GenParquet(long n, string store, int seed)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(store);
        var iso = "[" + string.Join(",", States.Select(s => $"'{s.Iso3}'")) + "]";
        var cow = "[" + string.Join(",", States.Select(s => s.Cow.ToString(CultureInfo.InvariantCulture))) + "]";
        var codes = "[" + string.Join(",", Codes.Select(c => $"'{c.Code}'")) + "]";
        var quads = "[" + string.Join(",", Codes.Select(c => c.Quad.ToString(CultureInfo.InvariantCulture))) + "]";
        var gs = "[" + string.Join(",", Codes.Select(c => c.G.ToString("R", CultureInfo.InvariantCulture))) + "]";
        var k = States.Length;
        const string pattern = "gen_{i}";
        // Column order and types are those of EventSchema.Events; random draws are hashes of (row, seed, column).
        var sql = $"""
            COPY (
              WITH h AS (SELECT i, (i * 2654435761 + {seed} * 40503) % 4294967296 AS x FROM range({n}) t(i)),
              r AS (SELECT i,
                  1 + (x % {k})::INTEGER AS a, 1 + ((x % {k}) + 1 + (x // {k}) % {k - 1}) % {k} AS b,
                  1 + ((x // 1601) % {Codes.Length})::INTEGER AS c,
                  DATE '1990-01-01' + ((x // 7) % 12784)::INTEGER AS d,
                  ((x // 13) % 20)::INTEGER AS m, (x // 17) % 2000 AS t
                FROM h)
              SELECT 'gdelt1' AS dataset, year(d)::INTEGER AS year, (i + 1)::BIGINT AS event_id, d AS date, CAST(d AS TIMESTAMP) AS slot,
                ({iso})[a] AS src_actor, NULL::VARCHAR AS src_name, ({iso})[a] AS src_country, ({iso})[a] AS src_iso3, ({cow})[a] AS src_cow, NULL::VARCHAR AS src_sectors, (i % 3 = 0) AS src_state,
                ({iso})[b] AS tgt_actor, NULL::VARCHAR AS tgt_name, ({iso})[b] AS tgt_country, ({iso})[b] AS tgt_iso3, ({cow})[b] AS tgt_cow, NULL::VARCHAR AS tgt_sectors, (i % 5 = 0) AS tgt_state,
                ({codes})[c] AS cameo_code, substring(({codes})[c], 1, 2) AS root_code, ({quads})[c]::TINYINT AS quad_class, ({gs})[c]::DOUBLE AS goldstein, ({gs})[c]::DOUBLE AS goldstein_cameo,
                (i % 2 = 0) AS is_root, (1 + m)::INTEGER AS mentions, (1 + m // 2)::INTEGER AS sources, (1 + m)::INTEGER AS articles, (t::DOUBLE / 100 - 10) AS tone,
                NULL::VARCHAR AS source_url, 'synthetic' AS source_file, (i % 1000000)::INTEGER AS line
              FROM r)
            TO '{Path.Combine(Path.GetFullPath(store), "events")}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (dataset, year), WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN '{pattern}', OVERWRITE_OR_IGNORE true)
            """;
        using (var db = new DuckDBConnection("DataSource=:memory:"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }

        var full = Path.GetFullPath(store);
        var parts = Directory.EnumerateFiles(Path.Combine(full, "events"), "*.parquet", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var manifest = new StoreManifest(1, [new IngestedFile("synthetic", $"synthetic-{n}-{seed}", "gdelt1", n, 0, 0, "gen", DateTime.UtcNow)], parts);
        File.WriteAllText(Path.Combine(full, StoreManifest.FileName), System.Text.Json.JsonSerializer.Serialize(manifest));
        var size = parts.Sum(p => new FileInfo(Path.Combine(full, p)).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {n:N0} events ({size / 1e6:F0} MB Parquet, {parts.Count} parts) to {store} in {clock.Elapsed.TotalSeconds:F1} s; peak RSS {PeakRss()}"));
    }

    private static void Aggregate(string storeDir, int runs)
    {
        var store = EventStore.Open(storeDir);
        var n = store.Manifest.Files.Sum(f => f.Rows);
        // The same measures as Caravan's dyad-year aggregate (counts by quad class, sums, non-null counts) and its coverage query.
        var files = DuckDbEventEngine.ParquetList(store.EventFiles);
        var plain = $"""
            SELECT dataset, least(src_cow, tgt_cow) AS c1, greatest(src_cow, tgt_cow) AS c2, year, count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
                   sum(goldstein), count(goldstein), sum(goldstein_cameo), count(goldstein_cameo),
                   sum(mentions), sum(sources), sum(articles), sum(tone), count(tone)
            FROM {files}
            WHERE src_cow IS NOT NULL AND tgt_cow IS NOT NULL AND src_cow <> tgt_cow
            GROUP BY ALL;
            SELECT dataset, year(slot), count(DISTINCT slot) FROM {files} WHERE slot IS NOT NULL GROUP BY ALL
            """;
        for (var run = 0; run < runs; run++)
        {
            double T(Action a)
            {
                var c = Stopwatch.StartNew();
                a();
                return c.Elapsed.TotalSeconds;
            }

            long plainRows = 0;
            var tp = T(() =>
            {
                using var db = new DuckDBConnection("DataSource=:memory:");
                db.Open();
                using var cmd = db.CreateCommand();
                cmd.CommandText = plain;
                using var r = cmd.ExecuteReader();
                do
                {
                    while (r.Read())
                    {
                        plainRows++;
                    }
                }
                while (r.NextResult());
            });
            IReadOnlyList<DyadAggregate> none = [];
            var tn = T(() => none = EventAggregator.Run(store, new AggregationSpec { Dedup = EventDedup.None }, EngineKind.DuckDb));
            IReadOnlyList<DyadAggregate> byId = [];
            var ti = T(() => byId = EventAggregator.Run(store, new AggregationSpec { Dedup = EventDedup.EventId }, EngineKind.DuckDb));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: {n:N0} events; plain DuckDB GROUP BY {tp:F2} s ({n / tp / 1e6:F1} M rows/s, {plainRows:N0} result rows); " +
                $"Caravan dedup=none {tn:F2} s ({n / tn / 1e6:F1} M rows/s, ratio {tn / tp:F2}, {none.Count:N0} rows); " +
                $"dedup=event-id {ti:F2} s ({n / ti / 1e6:F1} M rows/s, ratio {ti / tp:F2}); peak RSS {PeakRss()}"));
            if (none.Sum(r => r.Events) != byId.Sum(r => r.Events))
            {
                Console.WriteLine("note: event-id dedup removed rows (synthetic ids are unique: unexpected)");
            }
        }
    }

    internal static string PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "n/a" : line[6..].Trim();
    }
}
