namespace Caravan.Data.Panels;

/// <summary>Citation text per shipped table (from the data catalog once merged).</summary>
internal static class Citations
{
    public static Func<string, string> For(Store.CaravanStore store) => table => store is null ? table : table;
}
