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
        if (!File.Exists(path))
        {
            throw new ImportException([$"{path}: no such file."]);
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
        var literal = "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
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
            throw new ImportException([$"{name}: cannot be read as Parquet: {e.Message}"]);
        }
    }
}
