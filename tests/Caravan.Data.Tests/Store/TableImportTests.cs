using Caravan.Data.Store;
using Caravan.Data.Tests.Exports;
using DuckDB.NET.Data;

namespace Caravan.Data.Tests.Store;

public sealed class TableImportTests : IDisposable
{
    private static readonly TableSchema Trade = TableSchema.Parse(
        "reporter:text:key, partner:text:key, year:int:key, value_musd:double:nonneg, note:text:optional");

    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-import-").FullName;
    private readonly DuckDBConnection _db = new("DataSource=:memory:");

    public TableImportTests() => _db.Open();

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Good_file_lands_whole_with_types_and_nulls()
    {
        var path = Write("trade_2023.csv", """"
            reporter,partner,year,value_musd,note
            KAZ,CHN,2023,15321.0,
            CHN,KAZ,2023,24880.5,"mirror, ""FOB"""
            KGZ,CHN,2023,0,Қазақстан
            """");
        var result = TableImport.Import(_db, path, "trade_2023", Trade);
        Assert.Equal(3, result.Rows);
        var rows = ExportFixture.Query(_db, "SELECT reporter, partner, year, value_musd, note FROM trade_2023 ORDER BY reporter");
        Assert.Equal(["CHN", "KAZ", 2023L, 24880.5, "mirror, \"FOB\""], rows[0]);
        Assert.Equal(["KAZ", "CHN", 2023L, 15321.0, null], rows[1]);
        Assert.Equal("Қазақстан", rows[2][4]);
        var types = ExportFixture.Query(_db, "SELECT data_type FROM information_schema.columns WHERE table_name = 'trade_2023' ORDER BY ordinal_position");
        Assert.Equal(["VARCHAR", "VARCHAR", "BIGINT", "DOUBLE", "VARCHAR"], types.Select(t => (string)t[0]!));
    }

    [Fact]
    public void Not_a_number_names_file_row_and_column_and_creates_nothing()
    {
        var path = Write("trade_2023.csv", Lines(16) + "KAZ,UZB,2023,abc,\n");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "trade_2023", Trade));
        Assert.Equal("trade_2023.csv row 17, column value_musd: 'abc' is not a number.", e.Message);
        AssertNoTable("trade_2023");
    }

    [Fact]
    public void Wrong_type_in_integer_column()
    {
        var path = Write("t.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023.5,1,\n");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "t", Trade));
        Assert.Equal("t.csv row 2, column year: '2023.5' is not a whole number.", e.Message);
        AssertNoTable("t");
    }

    [Fact]
    public void Malformed_rows_are_reported()
    {
        var path = Write("t.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,1\nKAZ,UZB,2023,1,,extra\n");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "t", Trade));
        Assert.Equal(["t.csv row 2: 4 field(s), but the header has 5.", "t.csv row 3: 6 field(s), but the header has 5."], e.Errors);
        AssertNoTable("t");

        path = Write("q.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,1,\"never closed\n");
        e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "q", Trade));
        Assert.Equal("q.csv row 2: a quoted field is never closed (missing \").", e.Message);
        AssertNoTable("q");
    }

    [Fact]
    public void Duplicate_key_names_the_key_and_both_rows()
    {
        var path = Write("t.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,1,\nKGZ,CHN,2023,2,\nKAZ,CHN,2023,3,\n");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "t", Trade));
        Assert.Equal("t.csv row 4: duplicate key (reporter=KAZ, partner=CHN, year=2023), first seen in row 2.", e.Message);
        AssertNoTable("t");
    }

    [Fact]
    public void Negative_trade_is_an_error()
    {
        var path = Write("t.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,-5.5,\n");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "t", Trade));
        Assert.Equal("t.csv row 2, column value_musd: -5.5 is negative; value_musd must be >= 0.", e.Message);
        AssertNoTable("t");
    }

    [Fact]
    public void Missing_required_value_and_missing_column()
    {
        var path = Write("t.csv", "reporter,partner,year,value_musd,note\nKAZ,,2023,NA,\n");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "t", Trade));
        Assert.Equal(
            ["t.csv row 2, column partner: missing value (the column is required).", "t.csv row 2, column value_musd: missing value (the column is required)."],
            e.Errors);

        path = Write("h.csv", "reporter,partner,yr,value_musd,note\nKAZ,CHN,2023,1,\n");
        e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "h", Trade));
        Assert.Equal(
            ["h.csv: missing column(s) year (expected: reporter, partner, year, value_musd, note; found: reporter, partner, yr, value_musd, note).",
             "h.csv: unexpected column(s) yr (expected: reporter, partner, year, value_musd, note)."],
            e.Errors);
        AssertNoTable("t");
        AssertNoTable("h");
    }

    [Fact]
    public void Many_errors_are_capped()
    {
        var body = string.Concat(Enumerable.Range(0, 30).Select(i => $"KAZ,C{i},2023,x,\n"));
        var path = Write("t.csv", "reporter,partner,year,value_musd,note\n" + body);
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "t", Trade));
        Assert.Equal(TableImport.MaxErrors, e.Errors.Count);
        Assert.EndsWith("... and 10 more error(s).", e.Message);
    }

    [Fact]
    public void Existing_table_is_kept_unless_replaced_and_replacement_is_atomic()
    {
        var good = Write("t.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,1,\n");
        TableImport.Import(_db, good, "t", Trade);
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, good, "t", Trade));
        Assert.Contains("already exists", e.Message);

        var bad = Write("bad.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,-1,\n");
        Assert.Throws<ImportException>(() => TableImport.Import(_db, bad, "t", Trade, replace: true));
        Assert.Equal(1.0, ExportFixture.Query(_db, "SELECT value_musd FROM t")[0][0]);

        var newer = Write("new.csv", "reporter,partner,year,value_musd,note\nKAZ,CHN,2023,2,\nKAZ,CHN,2024,3,\n");
        var result = TableImport.Import(_db, newer, "t", Trade, replace: true);
        Assert.True(result.Replaced);
        Assert.Equal(2L, ExportFixture.Query(_db, "SELECT count(*) FROM t")[0][0]);
    }

    [Fact]
    public void Parquet_is_validated_the_same_way()
    {
        var ok = Path.Combine(_dir, "t.parquet");
        ExportFixture.Exec(_db, $"COPY (SELECT 'KAZ' AS reporter, 'CHN' AS partner, 2023 AS year, 1.5 AS value_musd, NULL::VARCHAR AS note UNION ALL SELECT 'KGZ', 'CHN', 2023, -2.0, 'x') TO '{ok}' (FORMAT parquet)");
        var e = Assert.Throws<ImportException>(() => TableImport.Import(_db, ok, "p", Trade));
        Assert.Equal("t.parquet record 2, column value_musd: -2.0 is negative; value_musd must be >= 0.", e.Message);
        AssertNoTable("p");
    }

    [Fact]
    public void Without_schema_types_are_inferred()
    {
        var path = Write("t.csv", "ccode,year,share,label\n705,1992,0.5,a\n703,1993,NA,\n");
        var result = TableImport.Import(_db, path, "t", schema: null);
        Assert.Equal([ColumnType.Integer, ColumnType.Integer, ColumnType.Double, ColumnType.Text], result.Schema.Columns.Select(c => c.Type));
        Assert.Null(ExportFixture.Query(_db, "SELECT share FROM t WHERE ccode = 703")[0][0]);
    }

    [Fact]
    public void Bad_names_and_files()
    {
        var path = Write("t.csv", "a\n1\n");
        Assert.Contains("Table name 'drop table' is not allowed", Assert.Throws<ImportException>(() => TableImport.Import(_db, path, "drop table")).Message);
        Assert.Contains("no such file", Assert.Throws<ImportException>(() => TableImport.Import(_db, Path.Combine(_dir, "none.csv"), "t")).Message);
        var xlsx = Write("t.xlsx", "x");
        Assert.Equal("t.xlsx: cannot import '.xlsx' files. Supported: .csv, .parquet.", Assert.Throws<ImportException>(() => TableImport.Import(_db, xlsx, "t")).Message);
        var empty = Write("e.csv", "");
        Assert.Contains("e.csv is empty", Assert.Throws<ImportException>(() => TableImport.Import(_db, empty, "t")).Message);
        File.WriteAllBytes(Path.Combine(_dir, "latin1.csv"), [0x61, 0x0a, 0xe9, 0x0a]);
        Assert.Contains("not valid UTF-8", Assert.Throws<ImportException>(() => TableImport.Import(_db, Path.Combine(_dir, "latin1.csv"), "t")).Message);
    }

    [Fact]
    public void Schema_spec_errors_are_clear()
    {
        Assert.Contains("unknown type 'money'", Assert.Throws<FormatException>(() => TableSchema.Parse("v:money")).Message);
        Assert.Contains("unknown flag 'unique'", Assert.Throws<FormatException>(() => TableSchema.Parse("v:int:unique")).Message);
        Assert.Contains("Key column 'v' must be required", Assert.Throws<FormatException>(() => TableSchema.Parse("v:int:key:optional")).Message);
    }

    private static string Lines(int upToRow) =>
        "reporter,partner,year,value_musd,note\n" + string.Concat(Enumerable.Range(2, upToRow - 1).Select(i => $"KAZ,P{i},2023,{i},\n"));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private void AssertNoTable(string name) =>
        Assert.Equal(0L, ExportFixture.Query(_db, $"SELECT count(*) FROM information_schema.tables WHERE table_name = '{name}'")[0][0]);
}
