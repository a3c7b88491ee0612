using Caravan.Data.Exports;

namespace Caravan.Data.Tests.Exports;

/// <summary>
/// haven_golden.dta was written by R haven 2.5.1 (make_golden.R): reading it checks the test reader against an
/// independent writer. caravan_golden.dta was written by PanelExporter from ExportFixture and checked with
/// R haven and pandas (check_dta.R, check_dta.py); the writer must keep producing the same bytes.
/// </summary>
public sealed class DtaGoldenTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Exports", name);

    [Fact]
    public void Reader_reads_a_file_written_by_R_haven()
    {
        var dta = DtaReader.Read(Fixture("haven_golden.dta"));
        Assert.Equal(118, dta.Release);
        Assert.Equal(["ccode", "name", "value"], dta.Names);
        Assert.Equal("Trade, US$ millions", dta.VariableLabels[2]);
        Assert.Equal(705.0, dta[0, "ccode"]);
        Assert.Equal("Қазақстан", dta[1, "name"]);
        Assert.Equal("", dta[2, "name"]);
        Assert.Equal(1.5, dta[0, "value"]);
        Assert.Null(dta[1, "value"]);
        Assert.Equal(-2.25e10, dta[2, "value"]);
    }

    [Fact]
    public void Writer_reproduces_the_checked_golden_file_byte_for_byte_apart_from_the_timestamp()
    {
        using var c = ExportFixture.Open();
        var dir = Directory.CreateTempSubdirectory("caravan-golden-").FullName;
        try
        {
            var path = Path.Combine(dir, "caravan_golden.dta");
            PanelExporter.Write(c, "SELECT * FROM t ORDER BY ccode NULLS LAST", path, ExportFixture.Codebook);
            var produced = File.ReadAllBytes(path);
            if (Environment.GetEnvironmentVariable("CARAVAN_REGENERATE_GOLDEN") == "1")
            {
                File.WriteAllBytes(Path.Combine(SourceFolder(), "caravan_golden.dta"), produced); // then rerun check_dta.R / check_dta.py
            }

            var golden = File.ReadAllBytes(Fixture("caravan_golden.dta"));
            Assert.Equal(golden.Length, produced.Length);
            var ts = IndexOf(golden, "<timestamp>"u8) + "<timestamp>".Length + 1;
            for (var i = 0; i < golden.Length; i++)
            {
                if (i < ts || i >= ts + 17)
                {
                    Assert.True(golden[i] == produced[i], $"byte {i} differs");
                }
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
