using System.Data.Common;
using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Data.Exports;

/// <summary>
/// Writes a DuckDB table or query to .csv, .parquet or .dta (chosen by extension) so R, Stata and Python
/// read it directly, plus &lt;name&gt;.codebook.csv and &lt;name&gt;.codebook.md beside it. Every file is
/// written to a temporary file in the same folder and renamed into place.
/// </summary>
public static partial class PanelExporter
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
        OutputGuard.RefuseDataFolder(path, "--out");
        var from = SqlSource.From(tableOrQuery);
        var columns = Describe(connection, from, path);
        var names = columns.Select(c => c.Name).ToList();
        CodebookFiles.Check(names, codebook, path);
        var (codebookCsv, codebookMd) = CodebookFiles.PathsFor(path);
        var (csvText, mdText) = CodebookFiles.Render(path, names, codebook, info);
        RefuseSharedCodebook(path, codebookCsv, csvText);

        Action<string> data = format switch
        {
            ExportFormat.Csv => temp => Execute(connection, $"COPY (SELECT * FROM {from}) TO {SqlSource.Literal(temp)} (FORMAT csv, HEADER true)"),
            ExportFormat.Parquet => temp => Execute(connection, $"COPY (SELECT * FROM {from}) TO {SqlSource.Literal(temp)} (FORMAT parquet)"),
            _ => temp => DtaExport.Write(connection, from, columns, codebook, temp, path, info.DatasetLabel ?? Path.GetFileNameWithoutExtension(path)),
        };
        try
        {
            // data and codebook are written as temporaries and renamed together: never one without the other
            AtomicFile.WriteAll([(path, data), (codebookCsv, t => CodebookFiles.WriteUtf8(t, csvText)), (codebookMd, t => CodebookFiles.WriteUtf8(t, mdText))]);
        }
        catch (DbException e)
        {
            throw new ExportException($"Cannot export '{path}': {e.Message} Nothing was replaced.", e);
        }
    }

    /// <summary>
    /// x.csv, x.parquet and x.dta share x.codebook.csv: writing one must not leave a sibling in another format
    /// with a codebook that now describes a different table.
    /// </summary>
    private static void RefuseSharedCodebook(string path, string codebookCsv, string newCodebook)
    {
        var full = Path.GetFullPath(path);
        var stem = Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full));
        var siblings = new[] { ".csv", ".parquet", ".dta" }.Select(e => stem + e).Where(p => p != full && File.Exists(p)).ToList();
        if (siblings.Count == 0 || !File.Exists(codebookCsv) || Variables(File.ReadAllText(codebookCsv)).SequenceEqual(Variables(newCodebook)))
        {
            return; // the same variables: the codebook describes both (its provenance lines may differ)
        }

        throw new ExportException(
            $"Cannot export '{path}': {string.Join(" and ", siblings.Select(Path.GetFileName))} beside it shares the codebook {Path.GetFileName(codebookCsv)}, " +
            "which would then describe a different table. Remove it or choose another output name; nothing was written.");
    }

    /// <summary>The first field of every codebook line after the header (the variable names, in order).</summary>
    private static List<string> Variables(string codebookCsv) =>
        codebookCsv.Split('\n').Skip(1).Where(l => l.Length > 0 && l[0] != '"' && l[0] != ' ').Select(l => l.Split(',')[0]).ToList();

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
