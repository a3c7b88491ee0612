namespace Caravan.Data.Events.Engines;

/// <summary>Which engine runs an aggregation.</summary>
public enum EngineKind
{
    /// <summary>Embedded DuckDB over the store's Parquet parts (default).</summary>
    DuckDb,

    /// <summary>A ClickHouse cluster (Distributed table over shards) reached over HTTP.</summary>
    ClickHouse,
}

/// <summary>A query result: column names and rows (values as the engine typed them; null for SQL NULL).</summary>
internal sealed record EngineResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public int Index(string name)
    {
        var i = Columns.ToList().IndexOf(name);
        return i >= 0 ? i : throw new EventDataException($"Engine result has no column '{name}' ({string.Join(", ", Columns)}).");
    }
}

/// <summary>An engine that answers SQL over the store's events: the same query text (up to <see cref="Dialect"/>) on DuckDB or ClickHouse.</summary>
internal interface IEventEngine : IDisposable
{
    EngineKind Kind { get; }

    SqlDialect Dialect { get; }

    /// <summary>The FROM expression of the events (a Parquet file list, or a Distributed table).</summary>
    string Events { get; }

    /// <summary>Makes the store's events available (ClickHouse: loads parts not yet loaded; DuckDB: nothing).</summary>
    void Attach(EventStore store);

    EngineResult Query(string sql);
}
