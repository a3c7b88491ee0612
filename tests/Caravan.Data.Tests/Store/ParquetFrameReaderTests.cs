using Caravan.Core.Frames;
using Caravan.Data.Store;
using DuckDB.NET.Data;

namespace Caravan.Data.Tests.Store;

/// <summary>
/// Parquet as other tools write it: every DuckDB column type a user table may carry (nullable integers,
/// booleans, decimals, dates, timestamps, enums = dictionary-encoded text, blobs), several row groups and
/// every compression; files written by Arrow (arrow-rs through parquet-wasm; Fixtures/README.md); and
/// corrupt or truncated files, which are one clear error naming the file.
/// </summary>
public sealed class ParquetFrameReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-parquet-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("snappy")]
    [InlineData("zstd")]
    [InlineData("gzip")]
    [InlineData("uncompressed")]
    public void DuckDB_types_with_nulls_over_several_row_groups(string codec)
    {
        var path = Path.Combine(dir, codec + ".parquet");
        using (var c = new DuckDBConnection("DataSource=:memory:"))
        {
            c.Open();
            Execute(c, "CREATE TYPE mood AS ENUM ('low', 'high')");
            Execute(c, $"""
                COPY (
                  SELECT i::INTEGER AS i32, (i * 3)::BIGINT AS i64, (i % 100)::TINYINT AS i8, (i % 200)::UTINYINT AS u8,
                         (i % 30000)::SMALLINT AS i16, i::UINTEGER AS u32, (i / 4.0)::FLOAT AS f32, i / 8.0 AS f64,
                         (i / 1000.0)::DECIMAL(18, 3) AS dec, (i % 2 = 0) AS flag,
                         CASE WHEN i % 7 = 0 THEN NULL ELSE 'txt' || (i % 13) END AS s,
                         (CASE WHEN i % 2 = 0 THEN 'low' ELSE 'high' END)::mood AS e,
                         DATE '2000-01-01' + (i % 365)::INTEGER AS d,
                         TIMESTAMP '2000-01-01 10:30:00' + INTERVAL (i) SECOND AS ts,
                         CASE WHEN i % 5 = 0 THEN NULL ELSE i END AS nullable_int,
                         CASE WHEN i % 3 = 0 THEN NULL ELSE i % 2 = 1 END AS nullable_bool
                  FROM range(0, 5000) t(i))
                TO '{path}' (FORMAT parquet, COMPRESSION {codec}, ROW_GROUP_SIZE 1024)
                """);
        }

        var f = ParquetFrameReader.Read(path);
        Assert.Equal(5000, f.RowCount);
        Assert.Equal(4999, f.Numeric("i32").Values[4999]);
        Assert.Equal(3 * 4999, f.Numeric("i64").Values[4999]);
        Assert.Equal(4999 % 100, f.Numeric("i8").Values[4999]);
        Assert.Equal(4999 % 200, f.Numeric("u8").Values[4999]);
        Assert.Equal(4999 % 30000, f.Numeric("i16").Values[4999]);
        Assert.Equal(4999, f.Numeric("u32").Values[4999]);
        Assert.Equal(4999 / 4.0, f.Numeric("f32").Values[4999], 1e-3);
        Assert.Equal(4999 / 8.0, f.Numeric("f64").Values[4999]);
        Assert.Equal(4.999, f.Numeric("dec").Values[4999], 1e-12);
        Assert.Equal([1.0, 0.0], f.Numeric("flag").Values.Take(2));
        Assert.Null(f.Text("s").Values[0]);
        Assert.Equal("txt1", f.Text("s").Values[1]);
        Assert.Equal(["low", "high"], f.Text("e").Values.Take(2));
        Assert.Equal("2000-01-02", f.Text("d").Values[1]);
        Assert.StartsWith("2000-01-01T10:30:01", f.Text("ts").Values[1], StringComparison.Ordinal);
        Assert.True(double.IsNaN(f.Numeric("nullable_int").Values[0]));
        Assert.Equal(4999, f.Numeric("nullable_int").Values[4999]);
        Assert.True(double.IsNaN(f.Numeric("nullable_bool").Values[0]));
        Assert.Equal([1.0, 0.0], f.Numeric("nullable_bool").Values.Skip(1).Take(2));
        Assert.Equal(Enumerable.Range(0, 5000).Count(i => i % 7 == 0), f.Text("s").Values.Count(v => v is null));
    }

    [Fact]
    public void Nested_columns_are_refused_by_name()
    {
        var path = Path.Combine(dir, "nested.parquet");
        using (var c = new DuckDBConnection("DataSource=:memory:"))
        {
            c.Open();
            Execute(c, $"COPY (SELECT 1 AS a, [1, 2] AS xs) TO '{path}' (FORMAT parquet)");
        }

        var e = Assert.Throws<InvalidDataException>(() => FrameReader.Read(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("'xs'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(-1)]
    public void Corrupt_or_truncated_files_are_one_clear_error(double keep)
    {
        var good = Path.Combine(dir, "good.parquet");
        using (var c = new DuckDBConnection("DataSource=:memory:"))
        {
            c.Open();
            Execute(c, $"COPY (SELECT i, 'row' || i AS s FROM range(0, 20000) t(i)) TO '{good}' (FORMAT parquet)");
        }

        var bytes = File.ReadAllBytes(good);
        var bad = Path.Combine(dir, "bad.parquet");
        if (keep < 0)
        {
            // Garbage in the middle: the footer still points at pages that no longer decode.
            var rng = new Random(3);
            for (var i = 8; i < bytes.Length / 2; i++)
            {
                bytes[i] = (byte)rng.Next(256);
            }

            File.WriteAllBytes(bad, bytes);
        }
        else
        {
            File.WriteAllBytes(bad, bytes[..(int)(bytes.Length * keep)]);
        }

        var e = Assert.Throws<InvalidDataException>(() => FrameReader.Read(bad));
        Assert.StartsWith(bad + ": ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("arrow_rs.parquet")]
    public void Files_written_by_Arrow_read(string file)
    {
        var f = FrameReader.Read(Path.Combine(AppContext.BaseDirectory, "Store", "Fixtures", file));
        Assert.Equal(["ccode", "year", "name", "cinc", "major", "region"], f.Columns.Select(c => c.Name));
        Assert.Equal(4, f.RowCount);
        Assert.Equal([710.0, 705, 2, 365], f.Numeric("ccode").Values);
        Assert.Equal(new string?[] { "China", "Kazakhstan", null, "Russia" }, f.Text("name").Values.AsEnumerable());
        Assert.True(double.IsNaN(f.Numeric("cinc").Values[1]));
        Assert.Equal([1.0, 0, 1, double.NaN], f.Numeric("major").Values);
        Assert.Equal(new string?[] { "Asia", "Asia", "Americas", "Europe" }, f.Text("region").Values.AsEnumerable()); // dictionary-encoded
    }

    private static void Execute(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
