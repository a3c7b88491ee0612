namespace Caravan.Core.Frames;

/// <summary>
/// An immutable columnar table: the common currency between Data (panels, files) and Estimation.
/// Columns are looked up by name (ordinal, case-sensitive).
/// </summary>
public sealed class Frame
{
    private readonly Dictionary<string, Column> byName;

    public Frame(IEnumerable<Column> columns)
    {
        Columns = columns.ToArray();
        byName = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var c in Columns)
        {
            if (!byName.TryAdd(c.Name, c))
            {
                throw new ArgumentException($"Duplicate column name '{c.Name}'.", nameof(columns));
            }
        }

        RowCount = Columns.Count == 0 ? 0 : Columns[0].Length;
        foreach (var c in Columns)
        {
            if (c.Length != RowCount)
            {
                throw new ArgumentException(
                    $"Column '{c.Name}' has {c.Length} rows; expected {RowCount}.", nameof(columns));
            }
        }
    }

    public IReadOnlyList<Column> Columns { get; }

    public int RowCount { get; }

    public bool Contains(string name) => byName.ContainsKey(name);

    public Column this[string name] =>
        byName.TryGetValue(name, out var c)
            ? c
            : throw new KeyNotFoundException(
                $"No column '{name}'. Columns: {string.Join(", ", Columns.Select(x => x.Name))}.");

    public bool TryGet(string name, out Column column) => byName.TryGetValue(name, out column!);

    public NumericColumn Numeric(string name) => this[name] as NumericColumn
        ?? throw new InvalidOperationException($"Column '{name}' is text, not numeric.");

    public TextColumn Text(string name) => this[name] as TextColumn
        ?? throw new InvalidOperationException($"Column '{name}' is numeric, not text.");

    /// <summary>A new frame with the column added (or replaced, if the name exists).</summary>
    public Frame With(Column column) =>
        new(Columns.Where(c => c.Name != column.Name).Append(column));
}
