using Caravan.Data.Store;

namespace Caravan.Data.Tests.Store;

public sealed class CaravanStoreTests
{
    [Fact]
    public void Opens_the_shipped_tables_as_views_and_reads_a_frame()
    {
        using var store = CaravanStore.Open();
        Assert.Contains("cow_states", store.ShippedTables);
        var f = store.ReadFrame("SELECT ccode, stateabb, styear FROM cow_states WHERE ccode IN (710, 705) ORDER BY ccode");
        Assert.Equal(2, f.RowCount);
        Assert.Equal(705, f.Numeric("ccode").Values[0]);
        Assert.Equal("KZK", f.Text("stateabb").Values[0]);
        Assert.Equal(1991, f.Numeric("styear").Values[0]);
    }

    [Fact]
    public void Null_becomes_NaN_and_null_text()
    {
        using var store = CaravanStore.Open();
        var f = store.ReadFrame("SELECT CAST(NULL AS DOUBLE) AS x, CAST(NULL AS VARCHAR) AS s, 1 AS one");
        Assert.True(double.IsNaN(f.Numeric("x").Values[0]));
        Assert.Null(f.Text("s").Values[0]);
        Assert.Equal(1, f.Numeric("one").Values[0]);
    }

    [Fact]
    public void Persistent_store_keeps_user_tables_and_refreshes_views()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-store-{Guid.NewGuid():N}.duckdb");
        try
        {
            using (var s = CaravanStore.Open(new StoreOptions(StoreFile: file)))
            {
                s.Execute("CREATE TABLE my_trade AS SELECT 1 AS a");
            }

            using (var s = CaravanStore.Open(new StoreOptions(StoreFile: file)))
            {
                Assert.True(s.HasTable("my_trade"));
                Assert.True(s.HasTable("cow_states"));
            }
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
    }

    [Fact]
    public void Bad_sql_and_missing_table_are_clear_errors()
    {
        using var store = CaravanStore.Open();
        var e = Assert.Throws<StoreException>(() => store.RequireTable("no_such_table", "a test"));
        Assert.Contains("no_such_table", e.Message);
        Assert.Throws<StoreException>(() => store.ReadFrame("SELECT * FROM no_such_table"));
    }

    [Fact]
    public void A_panel_built_in_a_persistent_store_leaves_no_table_behind()
    {
        // Issue 12: a panel run must not leave permanent tables (nor clobber the user's) in the store.
        var file = Path.Combine(Path.GetTempPath(), $"caravan-store-{Guid.NewGuid():N}.duckdb");
        try
        {
            using (var s = CaravanStore.Open(new StoreOptions(StoreFile: file)))
            {
                s.Execute("CREATE TABLE panel_1 AS SELECT 42 AS mine");
                var spec = new Caravan.Data.Panels.PanelSpec(Caravan.Core.Panels.PanelUnit.DyadYear, Caravan.Core.Panels.StateSystem.CorrelatesOfWar, new Caravan.Core.Panels.YearRange(1995, 2000))
                {
                    States = new HashSet<int> { 710, 705 },
                };
                var panel = Caravan.Data.Panels.PanelBuilder.Build(s, spec, ["contiguity"]);
                Assert.StartsWith(CaravanStore.ReservedPrefix, panel.Table, StringComparison.Ordinal);
                Assert.Equal(6L, Convert.ToInt64(s.Scalar($"SELECT count(*) FROM {panel.Table} WHERE conttype = 1")));
            }

            using (var s = CaravanStore.Open(new StoreOptions(StoreFile: file)))
            {
                Assert.Equal(["panel_1"], s.QueryColumn<string>("SELECT table_name FROM duckdb_tables() WHERE NOT temporary"));
                Assert.Equal(42, Convert.ToInt32(s.Scalar("SELECT mine FROM panel_1")));
            }
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
    }

    [Fact]
    public void A_store_table_named_like_a_shipped_table_is_refused_not_silently_used()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-store-{Guid.NewGuid():N}.duckdb");
        try
        {
            using (var s = CaravanStore.Open(new StoreOptions(StoreFile: file)))
            {
                s.Execute("CREATE TABLE cow_nmc AS SELECT 1 AS x");
            }

            var e = Assert.Throws<StoreException>(() => CaravanStore.Open(new StoreOptions(StoreFile: file)));
            Assert.Contains("cow_nmc", e.Message, StringComparison.Ordinal);
            Assert.Contains("shipped", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
    }

    [Theory]
    [InlineData("a,b\n1,2\n")]
    [InlineData("")]
    public void A_store_path_that_is_not_a_DuckDB_file_is_refused_and_left_alone(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"caravan-store-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, content);
        try
        {
            var e = Assert.Throws<StoreException>(() => CaravanStore.Open(new StoreOptions(StoreFile: file)));
            Assert.Contains("not a DuckDB store", e.Message, StringComparison.Ordinal);
            Assert.Equal(content, File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
