using System.Text.RegularExpressions;

namespace Caravan.Data.Store;

/// <summary>
/// What an imported table must look like: its columns (in any order in the file), which of them form the
/// unique key, and per-column checks.
/// </summary>
public sealed partial record TableSchema
{
    public TableSchema(IReadOnlyList<ColumnSpec> columns, IReadOnlyList<string>? key = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table schema needs at least one column.");
        }

        foreach (var c in columns)
        {
            if (!Identifier().IsMatch(c.Name))
            {
                throw new ArgumentException($"Column name '{c.Name}' is not allowed: use letters, digits and _, not starting with a digit.");
            }
        }

        var duplicate = columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Column '{duplicate.Key}' appears twice in the schema.");
        }

        key ??= [];
        foreach (var k in key)
        {
            var column = columns.FirstOrDefault(c => c.Name == k)
                ?? throw new ArgumentException($"Key column '{k}' is not a column of the schema.");
            if (!column.Required)
            {
                throw new ArgumentException($"Key column '{k}' must be required.");
            }
        }

        Columns = columns;
        Key = key;
    }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public IReadOnlyList<string> Key { get; }

    /// <summary>
    /// Parses a compact spec: comma-separated "name:type[:key][:optional][:nonneg]" with type int, double,
    /// text or bool, e.g. "reporter:text:key,partner:text:key,year:int:key,value_musd:double:nonneg".
    /// </summary>
    /// <exception cref="FormatException">The spec is malformed; the message names the offending part.</exception>
    public static TableSchema Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var columns = new List<ColumnSpec>();
        var key = new List<string>();
        foreach (var part in spec.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bits = part.Split(':', StringSplitOptions.TrimEntries);
            if (bits.Length < 2)
            {
                throw new FormatException($"Schema column '{part}': write name:type (types: int, double, text, bool).");
            }

            var type = bits[1].ToLowerInvariant() switch
            {
                "int" or "integer" or "bigint" => ColumnType.Integer,
                "double" or "number" or "float" or "real" => ColumnType.Double,
                "text" or "string" or "varchar" => ColumnType.Text,
                "bool" or "boolean" => ColumnType.Boolean,
                _ => throw new FormatException($"Schema column '{part}': unknown type '{bits[1]}' (types: int, double, text, bool)."),
            };
            var required = true;
            var nonNegative = false;
            foreach (var flag in bits.Skip(2))
            {
                switch (flag.ToLowerInvariant())
                {
                    case "key": key.Add(bits[0]); break;
                    case "optional": required = false; break;
                    case "nonneg" or "nonnegative": nonNegative = true; break;
                    default: throw new FormatException($"Schema column '{part}': unknown flag '{flag}' (flags: key, optional, nonneg).");
                }
            }

            columns.Add(new ColumnSpec(bits[0], type, required, nonNegative));
        }

        try
        {
            return new TableSchema(columns, key);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    internal static bool IsIdentifier(string name) => Identifier().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
