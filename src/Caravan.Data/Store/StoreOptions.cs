namespace Caravan.Data.Store;

/// <summary>How to open a <see cref="CaravanStore"/>.</summary>
/// <param name="DataDirectory">Folder holding the shipped <c>*.parquet</c> tables; null = locate the repository's <c>data/</c>.</param>
/// <param name="StoreFile">Optional persistent DuckDB file (user imports and built panels survive); null = in memory.</param>
/// <param name="MemoryLimit">DuckDB memory limit (e.g. "1536MB"); beyond it DuckDB spills to a temp folder. Null = DuckDB's default (80% of RAM).</param>
public sealed record StoreOptions(string? DataDirectory = null, string? StoreFile = null, string? MemoryLimit = StoreOptions.DefaultMemoryLimit)
{
    /// <summary>Keeps a world directed dyad-year build under 2 GB of memory; DuckDB spills beyond it.</summary>
    public const string DefaultMemoryLimit = "1200MB";
}
