using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Caravan.Data.Sources;

namespace Caravan.Data.Panels;

/// <summary>The shipped tables a panel used (from its codebook, or named) with their citations.</summary>
public static partial class PanelCitations
{
    /// <summary>
    /// Tables named in the "source" column of a codebook (&lt;name&gt;.codebook.csv), in catalogue order. The file
    /// is read by the project's CSV reader (a path, never a pattern); a table-like name (with an underscore) that
    /// is no shipped table, a codebook without a source column or without any shipped table are errors.
    /// </summary>
    public static IReadOnlyList<SourceTable> FromCodebook(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        if (Store.InputFiles.Problem(codebookPath) is { } problem)
        {
            throw new PanelException(problem == "does not exist"
                ? $"Codebook {codebookPath} does not exist (caravan panel writes <name>.codebook.csv beside the panel)."
                : $"Codebook {codebookPath} {problem}.");
        }

        Caravan.Core.Frames.Frame frame;
        try
        {
            frame = Store.CsvFrameReader.Read(codebookPath);
        }
        catch (InvalidDataException e)
        {
            throw new PanelException($"Codebook {e.Message}");
        }

        if (frame.Columns.FirstOrDefault(c => c.Name == "source") is not { } column)
        {
            throw new PanelException($"Codebook {codebookPath}: no 'source' column (columns: {string.Join(", ", frame.Columns.Select(c => c.Name))}); is it a Caravan codebook?");
        }

        var sources = Enumerable.Range(0, frame.RowCount).Select(i => column is Caravan.Core.Frames.TextColumn t ? t.Values[i] : null).OfType<string>().ToList();
        var names = sources.SelectMany(s => Identifier().Matches(s).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = SourceCatalog.All.Where(t => names.Contains(t.Name)).ToArray();
        var unknown = names.Where(n => n.Contains('_', StringComparison.Ordinal) && !n.Contains('.', StringComparison.Ordinal) && char.IsLower(n[0])
            && SourceCatalog.All.All(t => !string.Equals(t.Name, n, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new PanelException($"Codebook {codebookPath}: source(s) {string.Join(", ", unknown)} are not shipped tables, so no citation is known. Known tables: caravan cite --tables <name>; see data/SOURCES.md.");
        }

        if (known.Length == 0)
        {
            throw new PanelException($"Codebook {codebookPath}: its source column names no shipped table.");
        }

        return known;
    }

    /// <summary>User data joined into the panel (codebook sources "user:NAME") with their citations, in codebook order.</summary>
    public static IReadOnlyList<(string Source, string Citation)> UserDataFromCodebook(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        if (!File.Exists(codebookPath))
        {
            throw new PanelException($"Codebook {codebookPath} does not exist (caravan panel writes <name>.codebook.csv beside the panel).");
        }

        var found = new List<(string, string)>();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT source, any_value(citation) FROM (SELECT *, row_number() OVER () AS n FROM read_csv('{codebookPath.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)) " +
            "WHERE starts_with(source, 'user:') GROUP BY source ORDER BY min(n)";
        try
        {
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0)["user:".Length..], reader.IsDBNull(1) ? "(no citation)" : reader.GetString(1)));
            }
        }
        catch (DuckDBException e)
        {
            throw new PanelException($"Codebook {codebookPath}: cannot read the 'source' and 'citation' columns ({e.Message.Split('\n')[0]}).");
        }

        return found;
    }

    /// <summary>Tables by name; an unknown name is an error listing the known ones.</summary>
    public static IReadOnlyList<SourceTable> FromNames(IEnumerable<string> names)
    {
        try
        {
            var list = names.ToList();
            if (list.Count == 0)
            {
                throw new PanelException("--tables names no table; give comma-separated table names, e.g. --tables imf_dots,cow_nmc.");
            }

            return list.Select(SourceCatalog.Find).Distinct().ToArray();
        }
        catch (UnknownSourceException e)
        {
            throw new PanelException(e.Message);
        }
    }

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
