using System.Globalization;
using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Data.Exports;

/// <summary>
/// Reads a DuckDB query column by column into the shapes <see cref="DtaWriter"/> writes. Numbers get the smallest
/// Stata storage that holds every value exactly (byte, int, long for whole numbers in range; float when every value
/// is a float; else double); coded variables get value labels (<see cref="DtaValueLabels"/>).
/// </summary>
internal static class DtaExport
{
    private static readonly string[] NumericTypes =
    [
        "BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
        "UHUGEINT", "FLOAT", "DOUBLE", "REAL",
    ];

    /// <summary>2^53: integers up to this magnitude are exact in a double.</summary>
    private const long ExactDoubleLimit = 9_007_199_254_740_992;

    /// <summary>At most this many distinct texts are encoded with value labels.</summary>
    private const int MaxEncoded = 1000;

    private static readonly string[] WideIntegerTypes = ["BIGINT", "HUGEINT", "UBIGINT", "UHUGEINT"];

    public static void Write(
        DuckDBConnection connection,
        string from,
        IReadOnlyList<(string Name, string Type)> columns,
        IReadOnlyList<CodebookEntry> codebook,
        string tempPath,
        string displayPath,
        string datasetLabel)
    {
        foreach (var (name, _) in columns)
        {
            DtaWriter.CheckName(name, displayPath);
        }

        var kinds = columns.Select(c => KindOf(c.Type)).ToList();

        // One pass for the row count, the longest string (bytes) of every text column, and the range of every number.
        var aggregates = new List<string> { "count(*)" };
        foreach (var (c, i) in columns.Select((c, i) => (c, i)))
        {
            var q = SqlSource.Quote(c.Name);
            var x = $"CAST({q} AS DOUBLE)";
            aggregates.Add(kinds[i] == DtaKind.Str ? $"max(strlen(CAST({q} AS VARCHAR)))"
                : WideIntegerTypes.Contains(c.Type.ToUpperInvariant()) ? $"max(abs(CAST({q} AS HUGEINT))) > {ExactDoubleLimit}"
                : "NULL");
            aggregates.Add(kinds[i] == DtaKind.Double ? $"min({x})" : "NULL");
            aggregates.Add(kinds[i] == DtaKind.Double ? $"max({x})" : "NULL");
            aggregates.Add(kinds[i] == DtaKind.Double ? $"coalesce(bool_and({x} = trunc({x}) AND abs({x}) < 3e9), true)" : "NULL");
            aggregates.Add(kinds[i] == DtaKind.Double ? $"coalesce(bool_and({x} IS NULL OR coalesce(CAST(TRY_CAST({x} AS FLOAT) AS DOUBLE) = {x}, false)), true)" : "NULL");
        }

        long n;
        var widths = new long[columns.Count];
        var storage = kinds.ToArray();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {string.Join(", ", aggregates)} FROM {from}";
            using var reader = command.ExecuteReader();
            reader.Read();
            n = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            for (var i = 0; i < columns.Count; i++)
            {
                var at = 1 + (5 * i);
                if (kinds[i] == DtaKind.Double)
                {
                    double? min = reader.IsDBNull(at + 1) ? null : reader.GetDouble(at + 1);
                    double? max = reader.IsDBNull(at + 2) ? null : reader.GetDouble(at + 2);
                    storage[i] = DtaVariable.Narrowest(min, max, reader.GetBoolean(at + 3), reader.GetBoolean(at + 4));
                }

                if (reader.IsDBNull(at))
                {
                    continue;
                }

                if (kinds[i] == DtaKind.Str)
                {
                    widths[i] = Convert.ToInt64(reader.GetValue(at), CultureInfo.InvariantCulture);
                }
                else if (reader.GetBoolean(at))
                {
                    throw new ExportException(
                        $"Cannot export '{displayPath}': column {columns[i].Name} has integers beyond ±{ExactDoubleLimit:N0}, which a Stata double " +
                        "cannot hold exactly; cast the column to VARCHAR in the query to keep every digit.");
                }
            }
        }

        // Text columns stored encoded: the sorted distinct texts are the labels of 1..n.
        var encoded = new Dictionary<int, string[]>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (kinds[i] != DtaKind.Str || !DtaValueLabels.Encodes(columns[i].Name))
            {
                continue;
            }

            var texts = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT DISTINCT CAST({SqlSource.Quote(columns[i].Name)} AS VARCHAR) AS v FROM {from} WHERE v IS NOT NULL AND v <> '' ORDER BY v LIMIT {MaxEncoded + 1}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                texts.Add(reader.GetString(0));
            }

            if (texts.Count <= MaxEncoded)
            {
                encoded[i] = [.. texts];
                storage[i] = texts.Count <= 100 ? DtaKind.Byte : DtaKind.Int;
            }
        }

        var labelSets = new List<DtaLabelSet>();
        var variables = columns.Select((c, i) =>
        {
            var kind = storage[i] == DtaKind.Str && widths[i] > DtaVariable.MaxStrWidth ? DtaKind.StrL : storage[i];
            var label = codebook.First(e => e.Variable == c.Name).Description;
            DtaLabelSet? set = encoded.TryGetValue(i, out var texts)
                ? new DtaLabelSet(c.Name, texts.Select((t, k) => (k + 1, t)).ToArray())
                : kind is DtaKind.Byte or DtaKind.Int or DtaKind.Long ? DtaValueLabels.For(c.Name) : null;
            if (set is not null && labelSets.All(s => s.Name != set.Name))
            {
                labelSets.Add(set);
            }

            return new DtaVariable(c.Name, kind, (int)Math.Clamp(widths[i], 1, DtaVariable.MaxStrWidth), label) { ValueLabel = set?.Name };
        }).ToList();

        var select = string.Join(", ", columns.Select((c, i) =>
            encoded.TryGetValue(i, out var texts)
                ? $"CAST(list_position([{string.Join(", ", texts.Select(SqlSource.Literal))}]::VARCHAR[], CAST({SqlSource.Quote(c.Name)} AS VARCHAR)) AS DOUBLE)"
                : kinds[i] switch
                {
                    DtaKind.Double => $"CAST({SqlSource.Quote(c.Name)} AS DOUBLE)",
                    DtaKind.Date => $"CAST(date_diff('day', DATE '1960-01-01', {SqlSource.Quote(c.Name)}) AS DOUBLE)",
                    _ => $"CAST({SqlSource.Quote(c.Name)} AS VARCHAR)",
                }));

        using var data = connection.CreateCommand();
        data.CommandText = $"SELECT {select} FROM {from}";
        using var rows = data.ExecuteReader();
        DtaWriter.Write(tempPath, displayPath, variables, n, rows, datasetLabel, DateTime.UtcNow, labelSets);
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
