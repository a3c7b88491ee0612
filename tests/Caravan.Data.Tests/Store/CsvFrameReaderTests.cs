using System.Text;
using Caravan.Core.Frames;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Store;

public class CsvFrameReaderTests
{
    private static Frame Parse(string text, int threads = 2) => CsvFrameReader.Parse(Encoding.UTF8.GetBytes(text), "test.csv", threads);

    [Fact]
    public void Numeric_text_quoted_and_missing_values()
    {
        var f = Parse("\"a\",b,c\r\n1,\"x, y\",2.5e3\n-0.125,NA,\n3,\"say \"\"hi\"\"\",.5\n");
        Assert.Equal(3, f.RowCount);
        Assert.Equal([1, -0.125, 3], f.Numeric("a").Values);
        Assert.Equal(new string?[] { "x, y", null, "say \"hi\"" }, f.Text("b").Values.AsEnumerable());
        var c = f.Numeric("c").Values;
        Assert.Equal(2500, c[0]);
        Assert.True(double.IsNaN(c[1]));
        Assert.Equal(0.5, c[2]);
    }

    [Fact]
    public void Fast_path_parses_exactly_like_double_parse()
    {
        var rng = new Random(5);
        var sb = new StringBuilder("v\n");
        var expected = new List<double>();
        for (var i = 0; i < 5000; i++)
        {
            var v = Math.Round((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-5, 8)), rng.Next(0, 12));
            var s = v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(s).Append('\n');
            expected.Add(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(expected, Parse(sb.ToString()).Numeric("v").Values);
    }

    [Fact]
    public void Short_row_is_an_error_naming_the_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("a,b\n1,2\n3\n"));
        Assert.Contains("row 3", e.Message, StringComparison.Ordinal);
    }
}
