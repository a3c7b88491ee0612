using Caravan.Core.Frames;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Store;

/// <summary>Stata files from other writers (R haven / ReadStat, Stata's own example) read into frames; bad files are one clear error.</summary>
public sealed class DtaFrameReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-dta-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Store", "Fixtures", name);

    [Theory]
    [InlineData("haven_types_118.dta", "Қазақстан")]
    [InlineData("haven_types_117.dta", "Kazakhstan")]
    public void Haven_files_read_with_missing_values_and_strL(string file, string kazakhstan)
    {
        var f = FrameReader.Read(Fixture(file));
        Assert.Equal(["vbyte", "vint", "vlong", "vdouble", "vstr", "long_text", "vfloat", "vlab"], f.Columns.Select(c => c.Name));
        Assert.Equal([1.0, -5, double.NaN, 100], f.Numeric("vbyte").Values);
        Assert.Equal([30000.0, -2, 7, double.NaN], f.Numeric("vint").Values);
        Assert.Equal([2e9, double.NaN, -1, 3], f.Numeric("vlong").Values);
        Assert.Equal([0.1, double.NaN, -1e300, 2.5], f.Numeric("vdouble").Values);
        Assert.Equal(new string?[] { "China", kazakhstan, "", "" }, f.Text("vstr").Values.AsEnumerable());
        Assert.Equal(new string('x', 3000), f.Text("long_text").Values[0]);
        Assert.Equal(new string?[] { "short", "z", "y" }, f.Text("long_text").Values.Skip(1));
        Assert.Equal([1.5, double.NaN, -0.25, 3], f.Numeric("vfloat").Values);
        Assert.Equal([1.0, 2, 1, double.NaN], f.Numeric("vlab").Values);
    }

    [Fact]
    public void Floats_from_Stata_example_file()
    {
        var f = FrameReader.Read(Fixture("iris.dta"));
        Assert.Equal(150, f.RowCount);
        Assert.Equal((double)5.1f, f.Numeric("sepallength").Values[0]);
        Assert.Equal((double)1.8f, f.Numeric("petalwidth").Values[149]);
        Assert.Equal("setosa", f.Text("species").Values[0]);
        Assert.Equal("virginica", f.Text("species").Values[149]);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    [InlineData(0.02)]
    public void Truncated_files_are_one_clear_error(double keep)
    {
        var bytes = File.ReadAllBytes(Fixture("haven_types_118.dta"));
        var bad = Path.Combine(dir, "bad.dta");
        File.WriteAllBytes(bad, bytes[..(int)(bytes.Length * keep)]);
        var e = Assert.Throws<InvalidDataException>(() => FrameReader.Read(bad));
        Assert.StartsWith(bad + ": not a readable Stata .dta file", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Old_formats_and_non_Stata_files_say_what_they_are()
    {
        var old = Path.Combine(dir, "old.dta");
        File.WriteAllBytes(old, [114, 2, 1, 0, 3, 0, 10, 0, 0, 0]); // format 114 header (Stata 10)
        var e = Assert.Throws<InvalidDataException>(() => FrameReader.Read(old));
        Assert.Contains("older .dta formats", e.Message, StringComparison.Ordinal);

        var csv = Path.Combine(dir, "text.dta");
        File.WriteAllText(csv, "a,b\n1,2\n");
        e = Assert.Throws<InvalidDataException>(() => FrameReader.Read(csv));
        Assert.StartsWith(csv + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_named_as_a_directory()
    {
        var e = Assert.Throws<InvalidDataException>(() => FrameReader.Read(dir));
        Assert.Contains("is a directory", e.Message, StringComparison.Ordinal);
    }
}
