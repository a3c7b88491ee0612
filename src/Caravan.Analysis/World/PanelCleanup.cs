using Caravan.Data.Store;

namespace Caravan.Analysis.World;

/// <summary>Drops a built panel once it has been read (the builder returns a temp view in memory, a table in a persistent store).</summary>
internal static class PanelCleanup
{
    public static void Drop(CaravanStore store, string name)
    {
        var isView = store.QueryColumn<long>($"SELECT count(*) FROM duckdb_views() WHERE view_name = {CaravanStore.Literal(name)}").Single() > 0;
        store.Execute($"DROP {(isView ? "VIEW" : "TABLE")} IF EXISTS {CaravanStore.Quote(name)}");
    }
}
