using BenchmarkDotNet.Attributes;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Bench;

/// <summary>PanelExporter on a 1,000,000-row dyad-year-like table (3 integer keys, 2 doubles with NULLs, 1 text).</summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
[MedianColumn]
public class ExportBenchmarks
{
    private static readonly CodebookEntry[] Codebook =
    [
        new("ccode1", "COW code, side A", "code", "bench", "synthetic"),
        new("ccode2", "COW code, side B", "code", "bench", "synthetic"),
        new("year", "Year", "year", "bench", "synthetic"),
        new("flow1", "Imports of A from B", "US$ millions", "bench", "synthetic"),
        new("flow2", "Imports of B from A", "US$ millions", "bench", "synthetic"),
        new("iso3", "ISO3 of side A", "code", "bench", "synthetic"),
    ];

    private DuckDBConnection _db = null!;
    private string _dir = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("caravan-bench-").FullName;
        _db = new DuckDBConnection("DataSource=:memory:");
        _db.Open();
        using var c = _db.CreateCommand();
        c.CommandText = """
            CREATE TABLE panel AS
            SELECT (i % 200)::INTEGER AS ccode1, (i // 200 % 200)::INTEGER AS ccode2, (1870 + i // 40000)::INTEGER AS year,
                   CASE WHEN i % 7 = 0 THEN NULL ELSE i * 0.25 END AS flow1,
                   CASE WHEN i % 11 = 0 THEN NULL ELSE i / 3.0 END AS flow2,
                   CASE i % 3 WHEN 0 THEN 'KAZ' WHEN 1 THEN 'CHN' ELSE 'KGZ' END AS iso3
            FROM range(1000000) t(i)
            """;
        c.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark]
    public void Dta() => PanelExporter.Write(_db, "panel", Path.Combine(_dir, "p.dta"), Codebook);

    [Benchmark]
    public void Csv() => PanelExporter.Write(_db, "panel", Path.Combine(_dir, "p.csv"), Codebook);

    [Benchmark]
    public void Parquet() => PanelExporter.Write(_db, "panel", Path.Combine(_dir, "p.parquet"), Codebook);
}
