using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;

namespace Caravan.Data.Events.Engines;

/// <summary>
/// ClickHouse over HTTP: one MergeTree table per shard (<c>caravan.ev_H_local</c>, H = hash of the store path,
/// partitioned by dataset and year, ordered by dataset, date, event id) and a Distributed table over the cluster
/// <c>caravan</c> sharded by <c>cityHash64(event_id)</c>, so every version of an event id lands on the same shard.
/// Parts of the store not yet loaded are inserted through the Distributed table with insert_distributed_sync=1
/// (and recorded in <c>caravan.ev_H_parts</c>), so re-attaching is incremental.
/// </summary>
internal sealed class ClickHouseEventEngine : IEventEngine
{
    private readonly List<ClickHouseHttp> shards;
    private string prefix = "ev_unset";

    public ClickHouseEventEngine(string urls)
    {
        shards = urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new ClickHouseHttp(u)).ToList();
        if (shards.Count == 0)
        {
            throw new EventDataException("No ClickHouse URL given.");
        }
    }

    public EngineKind Kind => EngineKind.ClickHouse;

    public SqlDialect Dialect { get; } = new SqlDialect.ClickHouse();

    public string Events => $"caravan.{prefix}_dist";

    /// <summary>True when every shard answers /ping.</summary>
    public bool Available => shards.All(s => s.Ping());

    public void Attach(EventStore store)
    {
        if (shards.FirstOrDefault(s => !s.Ping()) is { } down)
        {
            throw new EventDataException($"ClickHouse shard {down.Url} does not answer; start the cluster with tools/clickhouse/cluster.sh start.");
        }

        prefix = "ev_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(store.Directory)))[..12];
        var columns = string.Join(", ", EventSchema.Events.Select(c => $"{c.Name} {c.ClickHouseType}"));
        foreach (var s in shards)
        {
            s.Execute("CREATE DATABASE IF NOT EXISTS caravan");
            s.Execute($"CREATE TABLE IF NOT EXISTS caravan.{prefix}_local ({columns}) ENGINE = MergeTree() PARTITION BY (dataset, year) ORDER BY (dataset, date, event_id)");
            s.Execute($"CREATE TABLE IF NOT EXISTS caravan.{prefix}_dist AS caravan.{prefix}_local ENGINE = Distributed(caravan, caravan, {prefix}_local, cityHash64(event_id))");
        }

        var initiator = shards[0];
        initiator.Execute($"CREATE TABLE IF NOT EXISTS caravan.{prefix}_parts (part String) ENGINE = TinyLog");
        var loaded = initiator.Query($"SELECT part FROM caravan.{prefix}_parts").Rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        foreach (var part in store.Manifest.EventParts.Where(p => !loaded.Contains(p)))
        {
            var file = Path.Combine(store.Directory, part);
            using var body = new MemoryStream(Tsv(file));
            initiator.Insert($"caravan.{prefix}_dist", body, "insert_distributed_sync=1");
            initiator.Execute($"INSERT INTO caravan.{prefix}_parts VALUES ('{part.Replace("'", "\\'", StringComparison.Ordinal)}')");
        }
    }

    /// <summary>Drops this store's tables on every shard (tests).</summary>
    public void Drop()
    {
        foreach (var s in shards)
        {
            foreach (var t in new[] { "dist", "local", "parts" })
            {
                s.Execute($"DROP TABLE IF EXISTS caravan.{prefix}_{t}");
            }
        }
    }

    public EngineResult Query(string sql) => shards[0].Query(sql);

    /// <summary>A Parquet part as TabSeparated text in the schema's column order.</summary>
    internal static byte[] Tsv(string parquet)
    {
        var cols = EventSchema.Events;
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT {string.Join(", ", cols.Select(c => c.Name))} FROM read_parquet('{parquet.Replace("'", "''", StringComparison.Ordinal)}')";
        using var r = cmd.ExecuteReader();
        var b = new StringBuilder(1 << 20);
        while (r.Read())
        {
            for (var i = 0; i < cols.Count; i++)
            {
                if (i > 0)
                {
                    b.Append('\t');
                }

                b.Append(r.IsDBNull(i) ? "\\N" : ClickHouseHttp.Escape(Text(r.GetValue(i), cols[i].DuckDbType == "DATE")));
            }

            b.Append('\n');
        }

        return Encoding.UTF8.GetBytes(b.ToString());
    }

    private static string Text(object v, bool isDate) => v switch
    {
        bool x => x ? "1" : "0",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(isDate ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? string.Empty,
    };

    public void Dispose()
    {
        foreach (var s in shards)
        {
            s.Dispose();
        }
    }
}
