using System.Security.Cryptography;
using Caravan.Core.Panels;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels;

/// <summary>
/// The storage and write paths that make the world panel fast (bench panel-process): step tables in a compressed scratch
/// database that goes with the store, and a CSV written in row slices that must be the very same file as one COPY.
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
    public void A_panel_csv_written_in_row_slices_is_byte_identical_to_one_copy()
    {
        using var store = CaravanStore.Open();
        // 2010-2020 directed dyad-years: about 420,000 rows (four row groups), so the panel splits in two slices; the
        // steps give integers, doubles, text and many missing cells.
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(2010, 2020));
        var panel = PanelBuilder.Build(store, spec, ["majors", "nmc", "democracy"]);
        var slices = PanelSlices.For(store, panel, 2);
        Assert.NotNull(slices);
        Assert.Equal(2, slices.Count);
        var dir = Path.Combine(Path.GetTempPath(), $"caravan-slices-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var one = Path.Combine(dir, "one.csv");
            var sliced = Path.Combine(dir, "sliced.csv");
            PanelExporter.Write(store.Connection, panel.Table, one, panel.Codebook);
            PanelExporter.Write(store.Connection, panel.Table, sliced, panel.Codebook, slices: slices);
            Assert.Equal(new FileInfo(one).Length, new FileInfo(sliced).Length);
            Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(one))), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(sliced))));
            Assert.Equal(panel.RowCount + 1, File.ReadLines(sliced).LongCount());
            Assert.Equal(["one.codebook.csv", "one.codebook.md", "one.csv", "sliced.codebook.csv", "sliced.codebook.md", "sliced.csv"],
                Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // no part file left
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_small_or_derived_panel_is_not_sliced()
    {
        using var store = CaravanStore.Open();
        var small = PanelBuilder.Build(store, new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2020)) { States = new HashSet<int> { 710, 705, 701 } }, ["majors"]);
        Assert.Null(PanelSlices.For(store, small, 2));
        var world = PanelBuilder.Build(store, new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(2010, 2020)), ["majors"]);
        Assert.NotNull(PanelSlices.For(store, world, 2));
        var derived = PanelDerive.Apply(store, world, [Derivation.Parse("both=cowmaj1 + cowmaj2")]);
        Assert.Null(PanelSlices.For(store, derived, 2)); // its view has a column the slices would not
    }
}
