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
        aggregates.AddRange(columns.Select((c, i) => kinds[i] == DtaKind.Str ? $"max(strlen(CAST({SqlSource.Quote(c.Name)} AS VARCHAR)))" : "NULL"));
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
                widths[i] = reader.IsDBNull(i + 1) ? 0 : Convert.ToInt64(reader.GetValue(i + 1), CultureInfo.InvariantCulture);
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
        DtaWriter.Write(tempPath, displayPath, variables, n, Rows(rows, variables), Path.GetFileNameWithoutExtension(displayPath), DateTime.UtcNow);
    }

    private static IEnumerable<object?[]> Rows(System.Data.Common.DbDataReader reader, IReadOnlyList<DtaVariable> variables)
    {
        while (reader.Read())
        {
            var row = new object?[variables.Count];
            for (var i = 0; i < variables.Count; i++)
            {
                if (reader.IsDBNull(i))
                {
                    continue;
                }

                row[i] = variables[i].Kind is DtaKind.Double or DtaKind.Date ? reader.GetDouble(i) : reader.GetString(i);
            }

            yield return row;
        }
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
