using System.Text.RegularExpressions;
using Caravan.Data.Sources;

namespace Caravan.Data.Panels;

/// <summary>The shipped tables a panel used (from its codebook, or named) with their citations.</summary>
public static partial class PanelCitations
{
    /// <summary>
    /// The citations a panel's codebook (&lt;name&gt;.codebook.csv) names, read once by the project's CSV reader (a
    /// path, never a pattern): the shipped tables of its "source" column, in catalogue order, and the user's joined
    /// tables ("user:NAME" sources, cited from the codebook's citation column), in codebook order. A codebook without a
    /// source column, or naming neither a shipped table nor user data, is an error.
    /// </summary>
    public static CodebookCitations FromCodebook(string codebookPath)
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

        if (frame.Columns.FirstOrDefault(c => c.Name == "source") is not Caravan.Core.Frames.TextColumn source)
        {
            throw new PanelException($"Codebook {codebookPath}: no 'source' text column (columns: {string.Join(", ", frame.Columns.Select(c => c.Name))}); is it a Caravan codebook?");
        }

        var citation = frame.Columns.FirstOrDefault(c => c.Name == "citation") as Caravan.Core.Frames.TextColumn;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var user = new List<UserDataCitation>();
        for (var i = 0; i < frame.RowCount; i++)
        {
            if (source.Values[i] is not { } s)
            {
                continue;
            }

            if (s.StartsWith("user:", StringComparison.Ordinal))
            {
                var name = s["user:".Length..];
                if (user.TrueForAll(u => u.Source != name))
                {
                    user.Add(new UserDataCitation(name, citation?.Values[i] ?? "(no citation)"));
                }
            }
            else
            {
                names.UnionWith(Identifier().Matches(s).Select(m => m.Value));
            }
        }

        var known = SourceCatalog.All.Where(t => names.Contains(t.Name)).ToArray();
        if (known.Length == 0 && user.Count == 0)
        {
            throw new PanelException($"Codebook {codebookPath}: its source column names no shipped table and no user data.");
        }

        return new CodebookCitations(known, user);
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
