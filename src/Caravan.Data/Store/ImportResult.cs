namespace Caravan.Data.Store;

/// <summary>What an import created.</summary>
/// <param name="Table">Table name.</param>
/// <param name="Rows">Rows imported.</param>
/// <param name="Schema">The schema applied (inferred when none was given).</param>
/// <param name="Replaced">True when an existing table of that name was replaced.</param>
public sealed record ImportResult(string Table, long Rows, TableSchema Schema, bool Replaced);
