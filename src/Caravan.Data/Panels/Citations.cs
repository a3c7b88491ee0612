using Caravan.Data.Sources;

namespace Caravan.Data.Panels;

/// <summary>Citation text per shipped table, from the data catalogue (the table name when it is not catalogued, e.g. a user import).</summary>
internal static class Citations
{
    public static Func<string, string> For(Store.CaravanStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Text;
    }

    public static string Text(string table)
    {
        try
        {
            return string.Join(" ", SourceCatalog.Find(table).Citations.Select(c => c.ToString()));
        }
        catch (UnknownSourceException)
        {
            return $"{table} (not in the data catalogue)";
        }
    }
}
