namespace Caravan.Data.Sources;

/// <summary>Every curated table shipped in data/, with its provenance.</summary>
public static class SourceCatalog
{
    private static readonly Lazy<IReadOnlyList<SourceTable>> Tables = new(Build);

    /// <summary>All shipped tables, in catalogue order.</summary>
    public static IReadOnlyList<SourceTable> All => Tables.Value;

    /// <summary>Finds a table by name (case-insensitive; a trailing ".parquet" is accepted).</summary>
    /// <exception cref="UnknownSourceException">No such table; the message lists the known names.</exception>
    public static SourceTable Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        if (key.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            key = key[..^".parquet".Length];
        }

        return All.FirstOrDefault(t => string.Equals(t.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? throw new UnknownSourceException(
                $"Unknown data table '{name}'. Known tables: {string.Join(", ", All.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
    }

    private static IReadOnlyList<SourceTable> Build()
    {
        IEnumerable<SourceTable>[] families =
        [
            CowStates.All, Nmc.All, Geography.All, Mids.All, Wars.All, Alliances.All, Igos.All,
            Democracy.All, Macro.All, CowTrade.All, ImfDots.All, NationalTrade.All, Fdi.All, ChineseFinance.All,
            Pipelines.All, Events.All, Extras.All, Institutions.All,
        ];
        var all = families.SelectMany(f => f).ToList();
        var duplicate = all.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"SourceCatalog lists table '{duplicate.Key}' twice.");
        }

        return all;
    }
}
