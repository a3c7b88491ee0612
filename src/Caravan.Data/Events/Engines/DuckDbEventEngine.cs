using DuckDB.NET.Data;

namespace Caravan.Data.Events.Engines;

/// <summary>Embedded DuckDB reading the manifest's Parquet parts directly (no load step).</summary>
internal sealed class DuckDbEventEngine : IEventEngine
{
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public DuckDbEventEngine(string? memoryLimit = null, int? threads = null)
    {
        connection.Open();
        if (memoryLimit is not null)
        {
            Query($"SET memory_limit = '{memoryLimit}'");
        }

        if (threads is not null)
        {
            Query($"SET threads = {threads.Value}");
        }
    }

    public EngineKind Kind => EngineKind.DuckDb;

    public SqlDialect Dialect { get; } = new SqlDialect.DuckDb();

    public string Events { get; private set; } = "(SELECT 1 WHERE false)";

    public void Attach(EventStore store)
    {
        var files = store.EventFiles;
        if (files.Count == 0)
        {
            throw new EventDataException($"The event store {store.Directory} holds no events.");
        }

        Events = ParquetList(files);
    }

    /// <summary>read_parquet over a list of files (quoted).</summary>
    internal static string ParquetList(IEnumerable<string> files) =>
        "read_parquet([" + string.Join(", ", files.Select(f => "'" + f.Replace("'", "''", StringComparison.Ordinal) + "'")) + "])";

    public EngineResult Query(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        try
        {
            using var r = cmd.ExecuteReader();
            var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
            var rows = new List<object?[]>();
            while (r.Read())
            {
                var row = new object?[r.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
                }

                rows.Add(row);
            }

            return new EngineResult(columns, rows);
        }
        catch (DuckDBException e)
        {
            throw new EventDataException($"DuckDB query failed: {e.Message}", e);
        }
    }

    public void Dispose() => connection.Dispose();
}
