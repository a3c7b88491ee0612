namespace Caravan.Data.Store;

/// <summary>How to open a <see cref="CaravanStore"/>.</summary>
/// <param name="DataDirectory">Folder holding the shipped <c>*.parquet</c> tables; null = locate the repository's <c>data/</c>.</param>
/// <param name="StoreFile">Optional persistent DuckDB file (user imports and built panels survive); null = in memory.</param>
public sealed record StoreOptions(string? DataDirectory = null, string? StoreFile = null);
