using System.Globalization;

namespace Caravan.Data.Store;

/// <summary>Parses one field for a column; returns the value or an error phrase (without location).</summary>
internal static class ValueParser
{
    /// <summary>Text read as missing in number and boolean columns (R writes NA).</summary>
    public static bool IsMissing(string? field, ColumnType type) =>
        field is null || field.Length == 0 || (type != ColumnType.Text && field.Trim() is "" or "NA");

    public static (object? Value, string? Error) Parse(string? field, ColumnSpec column)
    {
        if (IsMissing(field, column.Type))
        {
            return column.Required ? (null, "missing value (the column is required)") : (null, null);
        }

        var text = field!.Trim();
        switch (column.Type)
        {
            case ColumnType.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    return (null, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                        ? $"'{field}' is not a whole number"
                        : $"'{field}' is not a number");
                }

                return l < 0 && column.NonNegative ? (null, $"{l} is negative; {column.Name} must be >= 0") : (l, null);

            case ColumnType.Double:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    return (null, $"'{field}' is not a number");
                }

                if (!double.IsFinite(d))
                {
                    return (null, $"'{field}' is not a finite number");
                }

                return d < 0 && column.NonNegative ? (null, $"{text} is negative; {column.Name} must be >= 0") : (d, null);

            case ColumnType.Boolean:
                return text.ToLowerInvariant() switch
                {
                    "true" or "1" or "yes" or "t" => (true, null),
                    "false" or "0" or "no" or "f" => (false, null),
                    _ => (null, $"'{field}' is not true/false"),
                };

            default:
                return (field, null);
        }
    }

    /// <summary>The narrowest type every non-missing value fits: integer, then double, then text.</summary>
    public static ColumnType Infer(IEnumerable<string?> fields)
    {
        var type = ColumnType.Integer;
        foreach (var f in fields)
        {
            if (IsMissing(f, ColumnType.Double))
            {
                continue;
            }

            var t = f!.Trim();
            if (type == ColumnType.Integer && !long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                type = ColumnType.Double;
            }

            if (type == ColumnType.Double && !(double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)))
            {
                return ColumnType.Text;
            }
        }

        return type;
    }
}
