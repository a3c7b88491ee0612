using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels;

/// <summary>
/// The storage that keeps the world panel in memory (bench panel-process): step tables in a compressed scratch database
/// that goes with the store.
/// </summary>
public sealed class PanelWorkStorageTests
{
    [Fact]
    public void Step_tables_are_built_in_a_scratch_database_file_that_is_deleted_with_the_store()
    {
        string path;
        using (var store = CaravanStore.Open())
        {
            var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1995, 2000)) { States = new HashSet<int> { 2, 710, 705 } };
            var panel = PanelBuilder.Build(store, spec, ["contiguity", "majors"]);
            Assert.Equal(18L, panel.RowCount);
            var work = store.QueryColumn<string>("SELECT table_name FROM duckdb_tables() WHERE database_name = 'caravan_work' ORDER BY table_name");
            Assert.Equal(3, work.Count); // the universe and the two step tables; none in the in-memory temp schema
            Assert.Contains(work, t => t.Contains("step_contiguity", StringComparison.Ordinal));
            Assert.Empty(store.QueryColumn<string>("SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE '%step%'"));
            path = store.QueryColumn<string>("SELECT path FROM duckdb_databases() WHERE database_name = 'caravan_work'").Single();
            Assert.True(File.Exists(path));
            Assert.Equal(1L, Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 1999 AND conttype = 1 AND cowmaj2 = 1")));
        }

        Assert.False(File.Exists(path), $"{path} is left behind");
    }
}
