namespace Caravan.Data.Panels.Joins;

/// <summary>
/// A user's table to join onto a panel as a step: a CSV/Parquet file or a table of the store (e.g. from <c>caravan import</c>),
/// with its key columns given or inferred, and an optional citation.
/// </summary>
/// <param name="Source">A .csv/.parquet path, or the name of a table in the store.</param>
/// <param name="Keys">Key columns as given (<c>col</c> or <c>col=iso3|ccode|gwcode|name|year</c>); empty = infer from the column names.</param>
/// <param name="Direction">Whether dyadic data are directed; null = infer (directed if some pair appears in both orders).</param>
/// <param name="Citation">How to cite the data; null = "user data: FILE sha256 ...".</param>
public sealed record UserJoin(string Source, IReadOnlyList<string> Keys, bool? Direction = null, string? Citation = null)
{
    /// <summary>
    /// Parses <c>FILE_OR_TABLE[:key,key,...]</c>; the key list may also hold <c>directed</c> or <c>undirected</c>.
    /// A source that exists as a file (or has no ':') is taken whole.
    /// </summary>
    public static UserJoin Parse(string text, string? citation = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var colon = t.LastIndexOf(':');
        if (t.Length == 0)
        {
            throw new PanelException("--join needs a file (.csv, .parquet) or a store table name.");
        }

        if (colon <= 0 || File.Exists(t) || t[(colon + 1)..].Contains('/', StringComparison.Ordinal) || t[(colon + 1)..].Contains('\\', StringComparison.Ordinal))
        {
            return new UserJoin(t, [], null, citation);
        }

        var keys = new List<string>();
        bool? direction = null;
        foreach (var k in t[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (k.Equals("directed", StringComparison.OrdinalIgnoreCase))
            {
                direction = true;
            }
            else if (k.Equals("undirected", StringComparison.OrdinalIgnoreCase) || k.Equals("nondirected", StringComparison.OrdinalIgnoreCase))
            {
                direction = false;
            }
            else
            {
                keys.Add(k);
            }
        }

        return new UserJoin(t[..colon], keys, direction, citation);
    }

    /// <summary>True when the source names a file (by extension) rather than a store table.</summary>
    public bool IsFile => Path.GetExtension(Source).ToLowerInvariant() is ".csv" or ".parquet" || Source.Contains('/', StringComparison.Ordinal);

    /// <summary>The name shown in the codebook and messages (file name or table name).</summary>
    public string DisplayName => IsFile ? Path.GetFileName(Source) : Source;
}
