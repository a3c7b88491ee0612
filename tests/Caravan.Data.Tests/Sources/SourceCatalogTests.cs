using System.Text.RegularExpressions;
using Caravan.Data.Sources;

namespace Caravan.Data.Tests.Sources;

public sealed class SourceCatalogTests
{
    public static TheoryData<string> TableNames()
    {
        var data = new TheoryData<string>();
        foreach (var table in SourceCatalog.All)
        {
            data.Add(table.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Shipped_file_exists_and_has_the_catalogued_row_count(string name)
    {
        var table = SourceCatalog.Find(name);
        var path = table.PathIn(ShippedData.Directory);
        Assert.True(File.Exists(path), $"missing {path}");
        Assert.Equal(table.Rows, (long)ShippedData.Number($"SELECT count(*) FROM {{{name}}}"));
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Every_table_has_provenance(string name)
    {
        var table = SourceCatalog.Find(name);
        Assert.Equal(name + ".parquet", table.FileName);
        Assert.NotEmpty(table.Citations);
        Assert.All(table.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Text)));
        Assert.False(string.IsNullOrWhiteSpace(table.Title));
        Assert.False(string.IsNullOrWhiteSpace(table.Licence));
        Assert.False(string.IsNullOrWhiteSpace(table.Coverage));
        Assert.False(string.IsNullOrWhiteSpace(table.Caveats));
        Assert.False(string.IsNullOrWhiteSpace(table.Origin));
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Every_table_is_written_by_a_build_script_and_described_in_SOURCES_md(string name)
    {
        var scripts = Directory.GetFiles(Path.Combine(ShippedData.Directory, "build"), "*.sql")
            .Where(p => File.ReadAllText(p).Contains($"{{out}}/{name}.parquet", StringComparison.Ordinal))
            .ToList();
        Assert.Single(scripts);
        var sources = File.ReadAllText(Path.Combine(ShippedData.Directory, DataDirectory.MarkerFile));
        Assert.Matches(new Regex($"`{Regex.Escape(name)}`"), sources);
    }

    [Fact]
    public void Every_shipped_parquet_file_is_catalogued()
    {
        var files = Directory.GetFiles(ShippedData.Directory, "*.parquet").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        var names = SourceCatalog.All.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, files);
    }

    [Fact]
    public void Find_is_case_insensitive_and_accepts_the_file_name()
    {
        Assert.Same(SourceCatalog.Find("imf_dots"), SourceCatalog.Find("IMF_DOTS"));
        Assert.Same(SourceCatalog.Find("imf_dots"), SourceCatalog.Find("imf_dots.parquet"));
    }

    [Fact]
    public void Find_of_an_unknown_name_lists_the_known_tables()
    {
        var error = Assert.Throws<UnknownSourceException>(() => SourceCatalog.Find("imf_dot"));
        Assert.Contains("'imf_dot'", error.Message, StringComparison.Ordinal);
        Assert.Contains("imf_dots", error.Message, StringComparison.Ordinal);
        Assert.Contains("cow_states", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_data_stays_under_80_MB()
    {
        var bytes = Directory.GetFiles(ShippedData.Directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 80L * 1024 * 1024, $"data/ is {bytes:N0} bytes");
    }
}
