using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Panels.Joins;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels;

/// <summary>
/// <c>panel --join</c>: user tables (written here from shipped tables, so the joined values can be checked against the
/// shipped steps) join as steps with inferred or given keys, directed or not, and bad tables fail with the rows named.
/// </summary>
[Collection("store")]
public sealed class UserJoinTests(StoreFixture fixture) : IDisposable
{
    private static readonly HashSet<int> ChinaAndCentralAsia = [710, 705, 703, 702, 701, 704];

    private readonly string dir = Directory.CreateTempSubdirectory("caravan-join-").FullName;

    private CaravanStore Store => fixture.Store;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Export(string name, string sql)
    {
        var path = Path.Combine(dir, name);
        Store.Execute($"COPY ({sql}) TO {CaravanStore.Literal(path)} ({(name.EndsWith(".parquet", StringComparison.Ordinal) ? "FORMAT parquet" : "HEADER, DELIMITER ','")})");
        return path;
    }

    private long Count(string sql) => Convert.ToInt64(Store.Scalar(sql), CultureInfo.InvariantCulture);

    private PanelSpec Spec(PanelUnit unit, int first = 1992, int last = 2020) =>
        new(unit, StateSystem.CorrelatesOfWar, new YearRange(first, last)) { States = ChinaAndCentralAsia };

    [Fact]
    public void Monadic_iso3_data_join_each_side_and_equal_the_shipped_step()
    {
        var file = Export("wdi_gdp.csv", "SELECT iso3, year, gdp_usd FROM wb_gdp WHERE iso3 IN ('CHN','KAZ','KGZ','TJK','TKM','UZB','RUS') AND year BETWEEN 1985 AND 2022");
        var panel = PanelBuilder.Build(Store, Spec(PanelUnit.DirectedDyadYear) with { Joins = [UserJoin.Parse(file)] }, ["gdppop"]);
        Assert.Equal(870, panel.RowCount);
        Assert.Equal(0, Count($"SELECT count(*) FROM {panel.Table} WHERE gdp_usd1 IS DISTINCT FROM wbgdp_cusd1 OR gdp_usd2 IS DISTINCT FROM wbgdp_cusd2"));
        Assert.True(Count($"SELECT count(*) FROM {panel.Table} WHERE gdp_usd1 IS NOT NULL") > 800);
        var entry = Assert.Single(panel.Codebook, c => c.Variable == "gdp_usd1");
        Assert.Equal("user:wdi_gdp.csv", entry.Source);
        Assert.Matches("^user data: wdi_gdp.csv sha256 [0-9a-f]{64}$", entry.Citation);
        Assert.Contains(panel.Notes, n => n.Contains("years outside the panel's 1992-2020 (file years 1985-2022)", StringComparison.Ordinal));
        Assert.Contains(panel.Notes, n => n.Contains("1 state(s) of the file are in no panel row", StringComparison.Ordinal) && n.Contains("365", StringComparison.Ordinal)); // Russia: not in --states
        Assert.Contains("join wdi_gdp.csv", panel.Steps);
    }

    [Fact]
    public void Non_directed_dyadic_data_give_both_orders_the_same_value()
    {
        // cow_trade_ndy is non-directed (ccode1 < ccode2): flow1 = imports of ccode1 from ccode2.
        var file = Export("trade.parquet", "SELECT ccode1 AS cow_a, ccode2 AS cow_b, year, flow1 AS imports_a FROM cow_trade_ndy WHERE ccode1 IN (700, 701, 702, 703, 704, 705, 710) AND ccode2 IN (700, 701, 702, 703, 704, 705, 710)");
        var panel = PanelBuilder.Build(Store, Spec(PanelUnit.DirectedDyadYear, 1992, 2014) with { Joins = [UserJoin.Parse(file)] }, ["cowtrade"]);
        Assert.Equal(0, Count($"SELECT count(*) FROM {panel.Table} WHERE ccode1 < ccode2 AND imports_a IS DISTINCT FROM (SELECT t.flow1 FROM cow_trade_ndy t WHERE t.ccode1 = {panel.Table}.ccode1 AND t.ccode2 = {panel.Table}.ccode2 AND t.year = {panel.Table}.year)"));
        Assert.Equal(0, Count($"SELECT count(*) FROM {panel.Table} a JOIN {panel.Table} b ON a.ccode1 = b.ccode2 AND a.ccode2 = b.ccode1 AND a.year = b.year WHERE a.imports_a IS DISTINCT FROM b.imports_a"));
        Assert.Contains("non-directed", Assert.Single(panel.Codebook, c => c.Variable == "imports_a").Description, StringComparison.Ordinal);

        // Given keys, forced directed: only the listed order gets the value.
        var directed = PanelBuilder.Build(Store, Spec(PanelUnit.DirectedDyadYear, 1992, 2014) with { Joins = [UserJoin.Parse(file + ":cow_a,cow_b,year,directed")] }, ["none"]);
        Assert.Equal(0, Count($"SELECT count(*) FROM {directed.Table} WHERE ccode1 > ccode2 AND imports_a IS NOT NULL"));
        Assert.True(Count($"SELECT count(*) FROM {directed.Table} WHERE ccode1 < ccode2 AND imports_a IS NOT NULL") > 100);
    }

    [Fact]
    public void Names_resolve_year_aware_and_state_year_panels_take_monadic_data()
    {
        var file = Write("names.csv", "country,year,score\nKazakhstan,1995,1.5\nKyrgyz Republic,1995,2.25\nChina,1995,3\nUzbekistan,2030,4\n");
        var panel = PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse(file, "Doe, J. 2026. Scores.")] }, ["none"]);
        Assert.Equal(2.25, Convert.ToDouble(Store.Scalar($"SELECT score FROM {panel.Table} WHERE ccode = 703 AND year = 1995"), CultureInfo.InvariantCulture));
        Assert.Null(Store.Scalar($"SELECT score FROM {panel.Table} WHERE ccode = 703 AND year = 1996")); // missing, not zero, outside the file's rows
        Assert.Equal("Doe, J. 2026. Scores.", Assert.Single(panel.Codebook, c => c.Variable == "score").Citation);
    }

    [Fact]
    public void Bad_tables_fail_naming_the_rows()
    {
        var unknown = Write("unknown.csv", "country,year,score\nKazakhstan,1995,1\nKazakstann,1995,2\n");
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse(unknown)] }, ["none"]));
        Assert.Contains("'Kazakstann' (row 3)", e.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean Kazakhstan", e.Message, StringComparison.Ordinal);

        var dup = Write("dup.csv", "iso3,year,score\nKAZ,2000,1\nCHN,2000,2\nKAZ,2000,3\n");
        e = Assert.Throws<PanelException>(() => PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse(dup)] }, ["none"]));
        Assert.Contains("1 duplicate key(s) on iso3, year", e.Message, StringComparison.Ordinal);
        Assert.Contains("(705, 2000) in rows 2, 4", e.Message, StringComparison.Ordinal);

        var code = Write("code.csv", "ccode,year,x\n705,2000,1\n999,2000,2\n");
        e = Assert.Throws<PanelException>(() => PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse(code)] }, ["none"]));
        Assert.Contains("'999' (row 3) is none", e.Message, StringComparison.Ordinal);

        var dyads = Write("dyads.csv", "ccode1,ccode2,year,x\n705,710,2000,1\n");
        e = Assert.Throws<PanelException>(() => PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse(dyads)] }, ["none"]));
        Assert.Contains("cannot join a state-year panel", e.Message, StringComparison.Ordinal);

        var noYear = Write("noyear.csv", "iso3,value\nKAZ,1\n");
        e = Assert.Throws<PanelException>(() => PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse(noYear)] }, ["none"]));
        Assert.Contains("no year column", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<PanelException>(() => PanelBuilder.Build(Store, Spec(PanelUnit.StateYear) with { Joins = [UserJoin.Parse("no_such_table")] }, ["none"]));
        Assert.Contains("no such file or store table", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_store_table_joins_by_name()
    {
        using var store = CaravanStore.Open(new StoreOptions(StoreFile: Path.Combine(dir, "db.duckdb")));
        var file = Write("tenure.csv", "iso3,year,tenure_user\nKAZ,2000,10\nKAZ,2001,11\n");
        TableImport.Import(store.Connection, file, "my_tenure");
        var panel = PanelBuilder.Build(store, Spec(PanelUnit.StateYear, 2000, 2001) with { Joins = [UserJoin.Parse("my_tenure")] }, ["none"]);
        Assert.Equal(11L, Convert.ToInt64(store.Scalar($"SELECT tenure_user FROM {panel.Table} WHERE ccode = 705 AND year = 2001"), CultureInfo.InvariantCulture));
        Assert.StartsWith("user data: store table my_tenure", Assert.Single(panel.Codebook, c => c.Variable == "tenure_user").Citation, StringComparison.Ordinal);
    }
}
