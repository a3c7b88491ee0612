using Caravan.Reporting.Output;

namespace Caravan.Reporting.Tests;

public sealed class OutputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-out-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Csv_quotes_text_keeps_full_precision_and_leaves_missing_empty()
    {
        var t = new CsvTable("t", ["name", "value"], [["a, \"b\"", 0.1 + 0.2], [null, double.NaN], ["x", 3]]);
        Assert.Equal("name,value\n\"a, \"\"b\"\"\",0.30000000000000004\n,\nx,3\n", t.ToCsv());
        Assert.Throws<InvalidOperationException>(() => new CsvTable("bad", ["a", "b"], [[1.0]]).ToCsv());
    }

    [Fact]
    public void Atomic_write_replaces_the_file_and_leaves_no_temporary_on_failure()
    {
        var path = Path.Combine(dir, "x.csv");
        AtomicFile.WriteAllText(path, "one");
        AtomicFile.WriteAllText(path, "two");
        Assert.Equal("two", File.ReadAllText(path));
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, tmp =>
        {
            File.WriteAllText(tmp, "partial");
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Equal("two", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }
}
