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

    [Fact]
    public void Scratch_files_of_dead_processes_are_removed_and_a_live_ones_are_kept()
    {
        // PID 2^22 + 1 is above Linux's pid_max ceiling (4,194,304): no process has it.
        var dead = Path.Combine(Path.GetTempPath(), $"caravan-work-4194305-{Guid.NewGuid():N}.duckdb");
        var live = Path.Combine(Path.GetTempPath(), $"caravan-work-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        File.WriteAllText(dead, "");
        File.WriteAllText(dead + ".wal", "");
        File.WriteAllText(live, "");
        try
        {
            Assert.True(WorkDatabase.RemoveOrphans() >= 2);
            Assert.False(File.Exists(dead));
            Assert.False(File.Exists(dead + ".wal"));
            Assert.True(File.Exists(live));
        }
        finally
        {
            File.Delete(dead);
            File.Delete(dead + ".wal");
            File.Delete(live);
        }
    }
}
