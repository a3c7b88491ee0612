using System.Text.RegularExpressions;
using Caravan.Data.Sources;
using DuckDB.NET.Data;

namespace Caravan.Data.Panels;

/// <summary>The shipped tables a panel used (from its codebook, or named) with their citations.</summary>
public static partial class PanelCitations
{
    /// <summary>Tables named in the "source" column of a codebook (&lt;name&gt;.codebook.csv), in catalogue order.</summary>
    public static IReadOnlyList<SourceTable> FromCodebook(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        if (!File.Exists(codebookPath))
        {
            throw new PanelException($"Codebook {codebookPath} does not exist (caravan panel writes <name>.codebook.csv beside the panel).");
        }

        var sources = new List<string>();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT DISTINCT source FROM read_csv('{codebookPath.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)";
        try
        {
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0))
                {
                    sources.Add(reader.GetString(0));
                }
            }
        }
        catch (DuckDBException e)
        {
            throw new PanelException($"Codebook {codebookPath}: cannot read a 'source' column ({e.Message.Split('\n')[0]}).");
        }

        var names = sources.SelectMany(s => Identifier().Matches(s).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return SourceCatalog.All.Where(t => names.Contains(t.Name)).ToArray();
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
            return names.Select(SourceCatalog.Find).Distinct().ToArray();
        }
        catch (UnknownSourceException e)
        {
            throw new PanelException(e.Message);
        }
    }

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
