using System.Text.RegularExpressions;
using Caravan.Data.Sources;

namespace Caravan.Data.Panels;

/// <summary>The shipped tables a panel used (from its codebook, or named) with their citations.</summary>
public static partial class PanelCitations
{
    /// <summary>
    /// Tables named in the "source" column of a codebook (&lt;name&gt;.codebook.csv), in catalogue order. The file
    /// is read by the project's CSV reader (a path, never a pattern); a codebook without a source column or
    /// without any shipped table is an error (a user's joined table has no citation here: cite it yourself).
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

        // "user:NAME" sources are the user's own joined tables: cited from the codebook's citation column (UserDataFromCodebook).
        var sources = Enumerable.Range(0, frame.RowCount).Select(i => column is Caravan.Core.Frames.TextColumn t ? t.Values[i] : null).OfType<string>()
            .Where(s => !s.StartsWith("user:", StringComparison.Ordinal)).ToList();
        var names = sources.SelectMany(s => Identifier().Matches(s).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = SourceCatalog.All.Where(t => names.Contains(t.Name)).ToArray();
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

        Caravan.Core.Frames.Frame frame;
        try
        {
            frame = Store.CsvFrameReader.Read(codebookPath); // a path, never a pattern
        }
        catch (InvalidDataException e)
        {
            throw new PanelException($"Codebook {e.Message}");
        }

        var source = frame.Columns.FirstOrDefault(c => c.Name == "source") as Caravan.Core.Frames.TextColumn;
        var citation = frame.Columns.FirstOrDefault(c => c.Name == "citation") as Caravan.Core.Frames.TextColumn;
        var found = new List<(string, string)>();
        for (var i = 0; source is not null && i < frame.RowCount; i++)
        {
            if (source.Values[i] is { } s && s.StartsWith("user:", StringComparison.Ordinal) && found.TrueForAll(f => f.Item1 != s["user:".Length..]))
            {
                found.Add((s["user:".Length..], citation?.Values[i] ?? "(no citation)"));
            }
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
