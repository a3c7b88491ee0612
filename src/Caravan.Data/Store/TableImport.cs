using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Caravan.Data.Store;

/// <summary>
/// Imports a user's CSV or Parquet file as a table, validated in full before anything is written and then
/// created inside one DuckDB transaction: the table lands whole or not at all. Errors name the file, the row
/// (header = row 1) and the column, e.g. "trade_2023.csv row 17, column value_musd: 'abc' is not a number".
/// </summary>
public static class TableImport
{
    /// <summary>At most this many problems are listed in one <see cref="ImportException"/>.</summary>
    public const int MaxErrors = 20;

    /// <param name="connection">An open DuckDB connection (e.g. to a persistent store file).</param>
    /// <param name="path">A .csv (UTF-8, header row) or .parquet file.</param>
    /// <param name="table">Name of the table to create (letters, digits, _).</param>
    /// <param name="schema">Expected columns, key and checks; null = infer types, no key, all optional.</param>
    /// <param name="replace">Replace an existing table of that name (atomically) instead of refusing.</param>
    /// <exception cref="ImportException">Anything wrong with the file or the name; nothing was written.</exception>
    public static ImportResult Import(DuckDBConnection connection, string path, string table, TableSchema? schema = null, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(table);

        if (!TableSchema.IsIdentifier(table))
        {
            throw new ImportException([$"Table name '{table}' is not allowed: use letters, digits and _, not starting with a digit."]);
        }

        if (table.StartsWith(CaravanStore.ReservedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportException([$"Table name '{table}' is not allowed: names starting with {CaravanStore.ReservedPrefix} are Caravan's own temporaries."]);
        }

        if (Sources.SourceCatalog.All.FirstOrDefault(t => string.Equals(t.Name, table, StringComparison.OrdinalIgnoreCase)) is { } shipped)
        {
            throw new ImportException([$"Table name '{table}' is taken by the shipped table {shipped.Name} ({shipped.Title}): a table of that name would hide it while codebooks and cite name the original. Choose another name, e.g. my_{shipped.Name}."]);
        }

        var exists = Exists(connection, table);
        if (exists && !replace)
        {
            throw new ImportException([$"A table named '{table}' already exists in the store; choose another name or replace it."]);
        }

        var source = ImportSource.Read(connection, path);
        CheckHeader(source);
        schema ??= Infer(source);
        var columns = Validate(source, schema);

        var sql = Quote(table);
        using var transaction = connection.BeginTransaction();
        try
        {
            if (exists)
            {
                Execute(connection, $"DROP TABLE {sql}");
            }

            // Keys were checked above; no PRIMARY KEY index (it would double the time of a large import).
            var definitions = schema.Columns.Select(c => $"{Quote(c.Name)} {SqlType(c.Type)}{(c.Required ? " NOT NULL" : "")}").ToList();
            Execute(connection, $"CREATE TABLE {sql} ({string.Join(", ", definitions)})");
            using (var appender = connection.CreateAppender(table))
            {
                for (var r = 0; r < source.Records.Count; r++)
                {
                    var row = appender.CreateRow();
                    for (var j = 0; j < columns.Length; j++)
                    {
                        row = columns[j][r] switch
                        {
                            null => row.AppendNullValue(),
                            long l => row.AppendValue(l),
                            double d => row.AppendValue(d),
                            bool b => row.AppendValue(b),
                            var v => row.AppendValue((string)v),
                        };
                    }

                    row.EndRow();
                }
            }

            transaction.Commit();
        }
        catch (Exception e) when (e is DbException or IOException)
        {
            // The rollback itself can fail (a full disk, a lost connection): the first error is the one to report.
            try
            {
                transaction.Rollback();
            }
            catch (Exception rollback) when (rollback is DbException or IOException or InvalidOperationException)
            {
            }

            throw new ImportException([$"{source.FileName}: the store refused the table '{table}': {e.Message.Split('\n')[0]} Nothing was imported."]);
        }

        return new ImportResult(table, source.Records.Count, schema, exists);
    }

    /// <summary>Every column named, and no name twice (DuckDB's names are case-insensitive: "a" and "A" are one name).</summary>
    private static void CheckHeader(ImportSource source)
    {
        var repeated = source.Header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" and ", source.Header.Where(h => string.Equals(h, g.Key, StringComparison.OrdinalIgnoreCase)).Select(h => $"'{h}'")))
            .ToList();
        if (repeated.Count > 0)
        {
            throw new ImportException([$"{source.FileName}: the header names column {string.Join("; ", repeated)} more than once (names must differ, also in more than case); rename them."]);
        }
    }

    /// <summary>Checks header and every field; returns the parsed values, column by column in schema order.</summary>
    private static object?[][] Validate(ImportSource source, TableSchema schema)
    {
        var file = source.FileName;
        var header = source.Header;
        var headerErrors = new List<string>();
        var repeated = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            headerErrors.Add($"{file}: the header names column(s) {string.Join(", ", repeated)} more than once.");
        }

        var missing = schema.Columns.Select(c => c.Name).Where(n => !header.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            headerErrors.Add($"{file}: missing column(s) {string.Join(", ", missing)} (expected: {string.Join(", ", schema.Columns.Select(c => c.Name))}; found: {string.Join(", ", header)}).");
        }

        var extra = header.Where(h => schema.Columns.All(c => c.Name != h)).ToList();
        if (extra.Count > 0)
        {
            headerErrors.Add($"{file}: unexpected column(s) {string.Join(", ", extra)} (expected: {string.Join(", ", schema.Columns.Select(c => c.Name))}).");
        }

        if (headerErrors.Count > 0)
        {
            throw new ImportException(headerErrors);
        }

        var index = schema.Columns.Select(c => header.ToList().IndexOf(c.Name)).ToArray();
        var values = schema.Columns.Select(_ => new object?[source.Records.Count]).ToArray();
        var keyColumns = schema.Key.Select(k => schema.Columns.ToList().FindIndex(c => c.Name == k)).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<string>();
        var more = 0;

        void Error(string message)
        {
            if (errors.Count < MaxErrors)
            {
                errors.Add(message);
            }
            else
            {
                more++;
            }
        }

        for (var r = 0; r < source.Records.Count; r++)
        {
            var (row, fields) = source.Records[r];
            string Where() => $"{file} {source.RowWord} {row}";
            if (fields.Length != header.Count)
            {
                Error($"{Where()}: {fields.Length} field(s), but the header has {header.Count}.");
                continue;
            }

            var rowOk = true;
            for (var j = 0; j < schema.Columns.Count; j++)
            {
                var column = schema.Columns[j];
                var (value, error) = ValueParser.Parse(fields[index[j]], column);
                if (error is not null)
                {
                    Error($"{Where()}, column {column.Name}: {error}.");
                    rowOk = false;
                }

                values[j][r] = value;
            }

            if (rowOk && keyColumns.Length > 0)
            {
                var key = string.Join("\u001f", keyColumns.Select(k => Convert.ToString(values[k][r], CultureInfo.InvariantCulture)));
                if (seen.TryGetValue(key, out var firstRow))
                {
                    var shown = string.Join(", ", keyColumns.Select(k => $"{schema.Columns[k].Name}={Convert.ToString(values[k][r], CultureInfo.InvariantCulture)}"));
                    Error($"{Where()}: duplicate key ({shown}), first seen in {source.RowWord} {firstRow}.");
                }
                else
                {
                    seen[key] = row;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ImportException(errors, more);
        }

        return values;
    }

    private static TableSchema Infer(ImportSource source)
    {
        var columns = source.Header.Select((name, j) =>
        {
            if (name.Length == 0)
            {
                throw new ImportException([$"{source.FileName}: column {j + 1} of the header has no name."]);
            }

            if (!TableSchema.IsIdentifier(name))
            {
                throw new ImportException([$"{source.FileName}: column name '{name}' is not allowed (letters, digits, _); rename it or give a schema."]);
            }

            var type = ValueParser.Infer(source.Records.Where(r => r.Fields.Length == source.Header.Count).Select(r => r.Fields[j]));
            return new ColumnSpec(name, type, Required: false);
        }).ToList();
        return new TableSchema(columns);
    }

    private static bool Exists(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $name";
        command.Parameters.Add(new DuckDBParameter("name", table));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer => "BIGINT",
        ColumnType.Double => "DOUBLE",
        ColumnType.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
