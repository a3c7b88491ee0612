using System.Text;
using Caravan.Core.Frames;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Store;

/// <summary>Issue 12: the CSV reader never returns a silently different table.</summary>
public class CsvReaderHardeningTests
{
    private static Frame Parse(string text, CsvReadOptions? options = null) =>
        CsvFrameReader.Parse(Encoding.UTF8.GetBytes(text), "t.csv", 2, options ?? new CsvReadOptions());

    private static string Error(string text, CsvReadOptions? options = null) =>
        Assert.Throws<InvalidDataException>(() => Parse(text, options)).Message;

    [Fact]
    public void An_unquoted_thousands_separator_is_an_error_naming_the_row()
    {
        var m = Error("x,y\n1,2\n1,000,3\n");
        Assert.Contains("t.csv row 3: 3 fields, but the header has 2", m, StringComparison.Ordinal);
        Assert.Contains("1,000", m, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_text_cells_in_a_numeric_column_are_an_error_naming_row_column_and_value()
    {
        var m = Error("x,y\n1,2\n2,n/a?\n3,4\n");
        Assert.Contains("column y", m, StringComparison.Ordinal);
        Assert.Contains("row 3 'n/a?'", m, StringComparison.Ordinal);
        Assert.Contains("--na", m, StringComparison.Ordinal);
        Assert.Contains("NULL", m, StringComparison.Ordinal); // the markers are listed
    }

    [Fact]
    public void Extra_missing_markers_are_read_as_missing()
    {
        var f = Parse("x,y\n1,2\n2,n/a?\n3,4\n", new CsvReadOptions { ExtraMissing = ["n/a?"] });
        var y = Assert.IsType<NumericColumn>(f["y"]).Values;
        Assert.True(double.IsNaN(y[1]));
        Assert.Equal(4, y[2]);
    }

    [Fact]
    public void A_mostly_text_column_is_text()
    {
        var f = Parse("g,y\nalpha,1\nbeta,2\n3,3\n");
        Assert.IsType<TextColumn>(f["g"]);
    }

    [Theory]
    [InlineData("x,y,x\n1,2,3\n", "'x' (field 1), 'x' (field 3)")]
    [InlineData("x,y,X\n1,2,3\n", "'x' (field 1), 'X' (field 3)")]
    public void Repeated_column_names_are_an_error(string text, string expected) =>
        Assert.Contains(expected, Error(text), StringComparison.Ordinal);

    [Fact]
    public void Invalid_UTF8_is_located_by_row_and_field()
    {
        var bytes = Encoding.UTF8.GetBytes("x,g\n1,a\n2,b\n3,Z\n");
        bytes[Array.IndexOf(bytes, (byte)'Z')] = 0xFF;
        var e = Assert.Throws<InvalidDataException>(() => CsvFrameReader.Parse(bytes, "t.csv", 2, new CsvReadOptions()));
        Assert.Contains("t.csv row 4 (line 4), field 2: byte 0xFF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_header_line_and_a_huge_cell_are_refused()
    {
        var options = new CsvReadOptions { MaxHeaderBytes = 100, MaxFieldBytes = 50 };
        Assert.Contains("header", Error(string.Join(',', Enumerable.Range(0, 100).Select(i => $"c{i}")) + "\n", options), StringComparison.Ordinal);
        Assert.Contains("row 3: column y: a cell of 60 bytes", Error("x,y\n1,2\n2," + new string('7', 60) + "\n", options), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_is_named()
    {
        Assert.Contains("row 2: field 1 (column g): a quoted field is not closed", Error("g,y\n\"a,1\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Row_numbers_count_blank_lines()
    {
        Assert.Contains("row 4:", Error("x,y\n1,2\n\n1,2,3\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_or_device_is_not_read_as_data()
    {
        var dir = Directory.CreateTempSubdirectory("caravan-csv-").FullName;
        try
        {
            Assert.Contains("is a folder", Assert.Throws<InvalidDataException>(() => FrameReader.Read(dir)).Message, StringComparison.Ordinal);
            if (File.Exists("/dev/zero"))
            {
                var link = Path.Combine(dir, "zero.csv");
                File.CreateSymbolicLink(link, "/dev/zero");
                Assert.Contains("not a regular file", Assert.Throws<InvalidDataException>(() => FrameReader.Read(link)).Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
