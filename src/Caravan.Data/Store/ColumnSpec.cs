namespace Caravan.Data.Store;

/// <summary>One column of a <see cref="TableSchema"/>.</summary>
/// <param name="Name">Column name as it appears in the file's header (and in the table).</param>
/// <param name="Type">Value type every row must parse as.</param>
/// <param name="Required">An empty (or, for numbers, "NA") field is an error.</param>
/// <param name="NonNegative">Numbers below zero are an error (e.g. trade values).</param>
public sealed record ColumnSpec(string Name, ColumnType Type, bool Required = true, bool NonNegative = false);
