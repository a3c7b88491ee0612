using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

[Collection("store")]
public sealed class BadInputTests(StoreFixture fixture)
{
    [Fact]
    public void A_dyadic_step_on_a_state_year_panel_is_a_clear_error()
    {
        var spec = new PanelSpec(PanelUnit.StateYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2010));
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["mids"]));
        Assert.Contains("'mids'", e.Message);
        Assert.Contains("state-year", e.Message);
    }

    [Fact]
    public void An_unknown_step_lists_the_steps()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2010));
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["trad"]));
        Assert.Contains("Unknown step 'trad'", e.Message);
        Assert.Contains("contiguity", e.Message);
    }

    [Fact]
    public void A_state_code_not_in_the_system_is_a_clear_error()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2020)) { States = new HashSet<int> { 710, 999 } };
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["none"]));
        Assert.Contains("999", e.Message);
    }

    [Fact]
    public void A_with_state_outside_the_states_set_is_a_clear_error_not_a_missing_state()
    {
        // Regression: --states KAZ,KGZ,UZB --with CHN,KAZ reported "No Correlates of War member state with code 710
        // in 1992-2014", though China is a member: --states keeps dyads with both sides in the set.
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2014))
        {
            States = new HashSet<int> { 705, 703, 704 },
            With = new HashSet<int> { 710, 705 },
        };
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["none"]));
        Assert.StartsWith("--with 710 is not in --states 703, 704, 705", e.Message);
        Assert.DoesNotContain("member state", e.Message);
    }

    [Fact]
    public void A_dyad_year_panel_restricted_by_states_keeps_both_sides()
    {
        // Regression for "No Correlates of War member state with code 710 in 1992-2014" (CHN,KAZ dyad-years): China is
        // state 2 of the only dyad (705 < 710), and the state check must look at both sides.
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2014)) { States = new HashSet<int> { 710, 705 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["all"]);
        Assert.Equal(23, panel.RowCount);
        Assert.Equal("705-710", fixture.Store.Scalar($"SELECT string_agg(DISTINCT ccode1 || '-' || ccode2) FROM {panel.Table}"));
    }

    [Fact]
    public void Years_outside_coverage_are_a_clear_error()
    {
        var early = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1700, 1820));
        Assert.Contains("1816", Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, early, ["none"])).Message);
        var late = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2100));
        Assert.Contains("2000-2100", Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, late, ["none"])).Message);
    }

    [Fact]
    public void Kazakhstan_before_independence_is_a_clear_error()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1980, 1989)) { States = new HashSet<int> { 710, 705 } };
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["none"]));
        Assert.Contains("705", e.Message);
    }

    [Fact]
    public void A_source_with_duplicate_keys_is_an_error_naming_the_step_and_the_key()
    {
        // A data folder whose cow_mindist has a duplicated dyad-year (the other tables are links to the shipped ones).
        var dir = Directory.CreateTempSubdirectory("caravan-dup-").FullName;
        try
        {
            var shipped = Caravan.Data.Sources.DataDirectory.Locate();
            foreach (var f in Directory.EnumerateFiles(shipped, "*.parquet").Where(f => !f.EndsWith("cow_mindist.parquet", StringComparison.Ordinal)))
            {
                File.CreateSymbolicLink(Path.Combine(dir, Path.GetFileName(f)), f);
            }

            using (var c = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
            {
                c.Open();
                using var cmd = c.CreateCommand();
                var path = Path.Combine(shipped, "cow_mindist.parquet").Replace("'", "''", StringComparison.Ordinal);
                cmd.CommandText = $"COPY (SELECT * FROM read_parquet('{path}') UNION ALL SELECT * FROM read_parquet('{path}') WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2000) TO '{Path.Combine(dir, "cow_mindist.parquet")}' (FORMAT parquet)";
                cmd.ExecuteNonQuery();
            }

            using var store = Caravan.Data.Store.CaravanStore.Open(new Caravan.Data.Store.StoreOptions(DataDirectory: dir));
            var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1999, 2001)) { States = new HashSet<int> { 705, 710 } };
            var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(store, spec, ["mindist"]));
            Assert.Contains("'mindist'", e.Message);
            Assert.Contains("duplicate keys", e.Message);
            Assert.Contains("ccode1=705, ccode2=710, year=2000", e.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
