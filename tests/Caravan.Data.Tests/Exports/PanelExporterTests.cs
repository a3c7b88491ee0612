using System.Globalization;
using Caravan.Data.Exports;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Exports;

public sealed class PanelExporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("panel.csv")]
    [InlineData("panel.parquet")]
    public void Csv_and_parquet_round_trip_through_DuckDB(string file)
    {
        using var c = ExportFixture.Open();
        var path = Path.Combine(_dir, file);
        PanelExporter.Write(c, "t", path, ExportFixture.Codebook);

        var reader = file.EndsWith(".csv", StringComparison.Ordinal) ? "read_csv" : "read_parquet";
        var back = ExportFixture.Query(c, $"SELECT ccode, name, year, value_musd, big, since FROM {reader}('{path}') ORDER BY ccode NULLS LAST");
        var orig = ExportFixture.Query(c, "SELECT ccode, name, year, value_musd, big, since FROM t ORDER BY ccode NULLS LAST");
        Assert.Equal(orig.Count, back.Count);
        for (var r = 0; r < orig.Count; r++)
        {
            for (var j = 0; j < orig[r].Length; j++)
            {
                var expected = orig[r][j];
                var actual = back[r][j];
                if (file.EndsWith(".csv", StringComparison.Ordinal) && expected is "")
                {
                    expected = null; // CSV cannot tell an empty string from a missing one
                }

                Assert.Equal(Convert.ToString(expected, CultureInfo.InvariantCulture), Convert.ToString(actual, CultureInfo.InvariantCulture));
            }
        }

        AssertCodebookBeside(path);
        Assert.Single(Directory.GetFiles(_dir, file));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Dta_round_trip_keeps_values_missing_and_UTF8()
    {
        using var c = ExportFixture.Open();
        var path = Path.Combine(_dir, "panel.dta");
        PanelExporter.Write(c, "SELECT * FROM t ORDER BY ccode NULLS LAST", path, ExportFixture.Codebook);

        var dta = DtaReader.Read(path);
        Assert.Equal(118, dta.Release);
        Assert.Equal(["ccode", "name", "year", "value_musd", "big", "since"], dta.Names);
        // int, str25 (longest name = 25 UTF-8 bytes), int, double (1e300), float (-1, 0, 2^53: all exact in a float), double %td
        Assert.Equal(new ushort[] { 65529, 25, 65529, 65526, 65527, 65526 }, dta.Types);
        Assert.Equal("%td", dta.Formats[5]);
        Assert.Equal("COW country code", dta.VariableLabels[0]);
        Assert.Equal(80, dta.VariableLabels[3].Length);
        Assert.Equal(17, dta.Timestamp.Length);
        Assert.Equal(4, dta.Rows.Length);

        Assert.Equal(703.0, dta[0, "ccode"]);
        Assert.Equal("Kyrgyzstan, \"Kyrgyz Rep.\"", dta[0, "name"]);
        Assert.Null(dta[0, "value_musd"]);
        Assert.Null(dta[0, "since"]);
        Assert.Equal(-1.0, dta[0, "big"]);
        Assert.Equal("Қазақстан", dta[1, "name"]);
        Assert.Equal(222.5, dta[1, "value_musd"]);
        Assert.Equal(9007199254740992.0, dta[1, "big"]);
        Assert.Equal(11672.0, dta[1, "since"]);   // 1991-12-16 = 11,672 days after 1960-01-01
        Assert.Equal("", dta[2, "name"]);         // NULL text: Stata has only the empty string
        Assert.Equal(-0.125, dta[2, "value_musd"]);
        Assert.Null(dta[2, "big"]);
        Assert.Equal(0.0, dta[2, "since"]);
        Assert.Null(dta[3, "ccode"]);
        Assert.Null(dta[3, "year"]);
        Assert.Equal(1e300, dta[3, "value_musd"]);
        Assert.Equal(-1.0, dta[3, "since"]);
        AssertCodebookBeside(path);
    }

    [Fact]
    public void Dta_uses_strL_for_text_longer_than_2045_bytes()
    {
        using var c = ExportFixture.Open();
        var path = Path.Combine(_dir, "long.dta");
        PanelExporter.Write(c, "SELECT ccode, CASE WHEN ccode = 705 THEN repeat('Қ', 1500) ELSE name END AS name FROM t ORDER BY ccode NULLS LAST", path, ExportFixture.Codebook[..2]);
        if (Environment.GetEnvironmentVariable("CARAVAN_REGENERATE_GOLDEN") == "1")
        {
            File.Copy(path, Path.Combine(SourceFolder(), "strl_golden.dta"), overwrite: true); // checked by check_dta.R / .py
        }

        var dta = DtaReader.Read(path);
        Assert.Equal(32768, dta.Types[1]);
        Assert.Equal(new string('Қ', 1500), dta[1, "name"]);
        Assert.Equal("Kyrgyzstan, \"Kyrgyz Rep.\"", dta[0, "name"]);
        Assert.Equal("", dta[2, "name"]);
    }

    [Fact]
    public void Stata_missing_double_is_two_to_the_1023()
    {
        Assert.Equal(Math.Pow(2, 1023), BitConverter.Int64BitsToDouble(DtaWriter.MissingDoubleBits));
    }

    [Fact]
    public void Unknown_extension_lists_supported_formats_and_writes_nothing()
    {
        using var c = ExportFixture.Open();
        var e = Assert.Throws<ExportException>(() => PanelExporter.Write(c, "t", Path.Combine(_dir, "panel.xlsx"), ExportFixture.Codebook));
        Assert.Equal($"Cannot export '{Path.Combine(_dir, "panel.xlsx")}': unknown extension '.xlsx'. Supported: .csv, .parquet, .dta.", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Undocumented_column_is_an_error_and_writes_nothing()
    {
        using var c = ExportFixture.Open();
        var e = Assert.Throws<ExportException>(() => PanelExporter.Write(c, "t", Path.Combine(_dir, "panel.csv"), ExportFixture.Codebook[..4]));
        Assert.Contains("no codebook entry for column(s) big, since", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Invalid_Stata_name_is_an_error_and_writes_nothing()
    {
        using var c = ExportFixture.Open();
        CodebookEntry[] book = [new("trade value", "x", "x", "x", "x")];
        var e = Assert.Throws<ExportException>(() => PanelExporter.Write(c, "SELECT 1.0 AS \"trade value\"", Path.Combine(_dir, "p.dta"), book));
        Assert.Contains("column 'trade value' is not a valid Stata variable name", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Failure_midway_leaves_the_previous_file_untouched()
    {
        using var c = ExportFixture.Open();
        var path = Path.Combine(_dir, "p.dta");
        File.WriteAllText(path, "previous");
        CodebookEntry[] book = [new("x", "x", "x", "x", "x")];
        var e = Assert.Throws<ExportException>(() => PanelExporter.Write(c, "SELECT CASE WHEN ccode = 710 THEN 'inf'::DOUBLE ELSE 1 END AS x FROM t ORDER BY ccode", path, book));
        Assert.Contains("row 3, column x", e.Message);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Integers_a_double_cannot_hold_exactly_are_refused_for_dta()
    {
        using var c = ExportFixture.Open();
        CodebookEntry[] book = [new("big", "x", "x", "x", "x")];
        var path = Path.Combine(_dir, "p.dta");
        var e = Assert.Throws<ExportException>(() => PanelExporter.Write(c, "SELECT big + 1 AS big FROM t", path, book));
        Assert.Contains("column big has integers beyond ±9,007,199,254,740,992", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
        PanelExporter.Write(c, "SELECT big - 1 AS big FROM t", path, book); // 2^53 - 1 is fine
        Assert.Equal(9007199254740991.0, DtaReader.Read(path).Rows.Select(r => r[0]).OfType<double>().Max());
    }

    [Fact]
    public void Bad_query_is_an_export_error()
    {
        using var c = ExportFixture.Open();
        var e = Assert.Throws<ExportException>(() => PanelExporter.Write(c, "no_such_table", Path.Combine(_dir, "p.csv"), ExportFixture.Codebook));
        Assert.Contains("no_such_table", e.Message);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private static void AssertCodebookBeside(string path)
    {
        var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        var csv = File.ReadAllLines(stem + ".codebook.csv");
        Assert.Equal("variable,description,unit,source,citation,made_by,command", csv[0]);
        Assert.EndsWith($",Caravan {ExportInfo.CaravanVersion},(library call)", csv[1]);
        Assert.StartsWith("ccode,COW country code,code,cow_states,", csv[1]);
        Assert.Equal(7, csv.Length);
        var md = File.ReadAllText(stem + ".codebook.md");
        Assert.Contains("| value_musd | Exports to China, US$ millions", md);
    }
}
