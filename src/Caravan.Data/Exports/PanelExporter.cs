using System.Data.Common;
using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Data.Exports;

/// <summary>
/// Writes a DuckDB table or query to .csv, .parquet or .dta (chosen by extension) so R, Stata and Python
/// read it directly, plus &lt;name&gt;.codebook.csv and &lt;name&gt;.codebook.md beside it. Every file is
/// written to a temporary file in the same folder and renamed into place.
/// </summary>
public static class PanelExporter
{
    /// <param name="connection">An open DuckDB connection.</param>
    /// <param name="tableOrQuery">A table or view name, or a SELECT query.</param>
    /// <param name="path">Output file; its extension selects the format.</param>
    /// <param name="codebook">One entry per output column (checked: none missing, none extra).</param>
    /// <param name="info">Dataset label and command line (written to the .dta and the codebooks); null = defaults.</param>
    /// <exception cref="ExportException">Unknown extension, undocumented column, invalid Stata name, bad query.</exception>
    public static void Write(DuckDBConnection connection, string tableOrQuery, string path, IReadOnlyList<CodebookEntry> codebook, ExportInfo? info = null)
    {
        info ??= new ExportInfo();
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tableOrQuery);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(codebook);

        var format = ExportFormats.FromPath(path);
        var from = SqlSource.From(tableOrQuery);
        var columns = Describe(connection, from, path);
        CodebookFiles.Check(columns.Select(c => c.Name).ToList(), codebook, path);

        try
        {
            switch (format)
            {
                case ExportFormat.Csv:
                    AtomicFile.Write(path, temp => Execute(connection, $"COPY (SELECT * FROM {from}) TO {SqlSource.Literal(temp)} (FORMAT csv, HEADER true)"));
                    break;
                case ExportFormat.Parquet:
                    AtomicFile.Write(path, temp => Execute(connection, $"COPY (SELECT * FROM {from}) TO {SqlSource.Literal(temp)} (FORMAT parquet)"));
                    break;
                default:
                    AtomicFile.Write(path, temp => DtaExport.Write(connection, from, columns, codebook, temp, path, info.DatasetLabel ?? Path.GetFileNameWithoutExtension(path)));
                    break;
            }
        }
        catch (DbException e)
        {
            throw new ExportException($"Cannot export '{path}': {e.Message}", e);
        }

        CodebookFiles.Write(path, columns.Select(c => c.Name).ToList(), codebook, info);
    }

    internal static List<(string Name, string Type)> Describe(DuckDBConnection connection, string from, string path)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DESCRIBE SELECT * FROM {from}";
            using var reader = command.ExecuteReader();
            var columns = new List<(string, string)>();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }

            return columns;
        }
        catch (DbException e)
        {
            throw new ExportException($"Cannot export '{path}': {e.Message}", e);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
