using System.Data.Common;
using DuckDB.NET.Data;

namespace Caravan.Data.Store;

/// <summary>The raw text of an import file: header and records with the row numbers used in messages.</summary>
internal sealed record ImportSource(string FileName, string RowWord, IReadOnlyList<string> Header, IReadOnlyList<(int Row, string?[] Fields)> Records)
{
    public const string Supported = ".csv, .parquet";

    public static ImportSource Read(DuckDBConnection connection, string path)
    {
        var name = Path.GetFileName(path);
        if (InputFiles.Problem(path) is { } problem)
        {
            throw new ImportException([problem == "does not exist" ? $"{path}: no such file." : $"{path} {problem}."]);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path, name),
            ".parquet" => ReadParquet(connection, path, name),
            var ext => throw new ImportException([$"{name}: cannot import '{(ext.Length == 0 ? "(no extension)" : ext)}' files. Supported: {Supported}."]),
        };
    }

    private static ImportSource ReadCsv(string path, string name)
    {
        try
        {
            // the exact row and field of an invalid byte (a decoding reader only knows its buffer)
            Utf8Text.Require(InputFiles.ReadAllBytes(path), name);
        }
        catch (InvalidDataException e)
        {
            throw new ImportException([e.Message]);
        }

        using var csv = new CsvRecordReader(path);
        var header = csv.Next() ?? throw new ImportException([$"{name} is empty: the first row must be a header naming the columns."]);
        var records = new List<(int, string?[])>();
        while (csv.Next() is { } record)
        {
            if (record.Fields is [""])
            {
                continue; // blank line
            }

            records.Add((record.Row, record.Fields));
        }

        return new ImportSource(name, "row", header.Fields.Select(h => h.Trim()).ToList(), records);
    }

    private static ImportSource ReadParquet(DuckDBConnection connection, string path, string name)
    {
        using var literalPath = new LiteralPath(path); // a path, not a glob pattern
        var literal = "'" + literalPath.Path.Replace("'", "''", StringComparison.Ordinal) + "'";
        var names = ParquetColumnNames.Read(path);
        if (names is not null)
        {
            // DuckDB renames a repeated name ("A" → "A_1"): check the file's own names
            var repeated = names.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" and ", names.Where(h => string.Equals(h, g.Key, StringComparison.OrdinalIgnoreCase)).Select(h => $"'{h}'"))).ToList();
            if (repeated.Count > 0)
            {
                throw new ImportException([$"{name}: the file names column {string.Join("; ", repeated)} more than once (names must differ, also in more than case); rename them."]);
            }
        }

        try
        {
            var header = new List<string>();
            using (var describe = connection.CreateCommand())
            {
                describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet({literal})";
                using var r = describe.ExecuteReader();
                while (r.Read())
                {
                    header.Add(r.GetString(0));
                }
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", header.Select(h => $"CAST(\"{h.Replace("\"", "\"\"", StringComparison.Ordinal)}\" AS VARCHAR)"))} FROM read_parquet({literal})";
            using var reader = command.ExecuteReader();
            var records = new List<(int, string?[])>();
            var row = 0;
            while (reader.Read())
            {
                var fields = new string?[header.Count];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
                }

                records.Add((++row, fields));
            }

            return new ImportSource(name, "record", header, records);
        }
        catch (DbException e)
        {
            throw new ImportException([$"{name}: cannot be read as Parquet: {e.Message.Split('\n')[0]}"]);
        }
    }
}
