using System.Globalization;
using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Data.Exports;

/// <summary>Reads a DuckDB query column by column into the shapes <see cref="DtaWriter"/> writes.</summary>
internal static class DtaExport
{
    private static readonly string[] NumericTypes =
    [
        "BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
        "UHUGEINT", "FLOAT", "DOUBLE", "REAL",
    ];

    /// <summary>2^53: integers up to this magnitude are exact in a double.</summary>
    private const long ExactDoubleLimit = 9_007_199_254_740_992;

    private static readonly string[] WideIntegerTypes = ["BIGINT", "HUGEINT", "UBIGINT", "UHUGEINT"];

    public static void Write(
        DuckDBConnection connection,
        string from,
        IReadOnlyList<(string Name, string Type)> columns,
        IReadOnlyList<CodebookEntry> codebook,
        string tempPath,
        string displayPath)
    {
        foreach (var (name, _) in columns)
        {
            DtaWriter.CheckName(name, displayPath);
        }

        var kinds = columns.Select(c => KindOf(c.Type)).ToList();

        // One pass for the row count and the longest string (bytes) of every text column.
        var aggregates = new List<string> { "count(*)" };
        aggregates.AddRange(columns.Select((c, i) =>
            kinds[i] == DtaKind.Str ? $"max(strlen(CAST({SqlSource.Quote(c.Name)} AS VARCHAR)))"
            : WideIntegerTypes.Contains(c.Type.ToUpperInvariant()) ? $"max(abs(CAST({SqlSource.Quote(c.Name)} AS HUGEINT))) > {ExactDoubleLimit}"
            : "NULL"));
        long n;
        var widths = new long[columns.Count];
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {string.Join(", ", aggregates)} FROM {from}";
            using var reader = command.ExecuteReader();
            reader.Read();
            n = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i + 1))
                {
                    continue;
                }

                if (kinds[i] == DtaKind.Str)
                {
                    widths[i] = Convert.ToInt64(reader.GetValue(i + 1), CultureInfo.InvariantCulture);
                }
                else if (reader.GetBoolean(i + 1))
                {
                    throw new ExportException(
                        $"Cannot export '{displayPath}': column {columns[i].Name} has integers beyond ±{ExactDoubleLimit:N0}, which a Stata double " +
                        "cannot hold exactly; cast the column to VARCHAR in the query to keep every digit.");
                }
            }
        }

        var variables = columns.Select((c, i) =>
        {
            var kind = kinds[i] == DtaKind.Str && widths[i] > DtaVariable.MaxStrWidth ? DtaKind.StrL : kinds[i];
            var label = codebook.First(e => e.Variable == c.Name).Description;
            return new DtaVariable(c.Name, kind, (int)Math.Clamp(widths[i], 1, DtaVariable.MaxStrWidth), label);
        }).ToList();

        var select = string.Join(", ", columns.Select((c, i) => kinds[i] switch
        {
            DtaKind.Double => $"CAST({SqlSource.Quote(c.Name)} AS DOUBLE)",
            DtaKind.Date => $"CAST(date_diff('day', DATE '1960-01-01', {SqlSource.Quote(c.Name)}) AS DOUBLE)",
            _ => $"CAST({SqlSource.Quote(c.Name)} AS VARCHAR)",
        }));

        using var data = connection.CreateCommand();
        data.CommandText = $"SELECT {select} FROM {from}";
        using var rows = data.ExecuteReader();
        DtaWriter.Write(tempPath, displayPath, variables, n, rows, Path.GetFileNameWithoutExtension(displayPath), DateTime.UtcNow);
    }

    internal static DtaKind KindOf(string duckType)
    {
        var t = duckType.ToUpperInvariant();
        if (NumericTypes.Contains(t) || t.StartsWith("DECIMAL", StringComparison.Ordinal))
        {
            return DtaKind.Double;
        }

        return t == "DATE" ? DtaKind.Date : DtaKind.Str;
    }
}
