using Caravan.Data.Sources;

namespace Caravan.Data.Tests.Sources;

public sealed class DataDirectoryTests
{
    [Fact]
    public void Locate_finds_the_repository_data_folder_from_the_test_binaries()
    {
        var folder = DataDirectory.Locate(null, [AppContext.BaseDirectory]);
        Assert.True(File.Exists(Path.Combine(folder, DataDirectory.MarkerFile)));
        Assert.Equal("data", Path.GetFileName(folder));
    }

    [Fact]
    public void An_override_must_point_at_a_folder_with_SOURCES_md()
    {
        var empty = Directory.CreateTempSubdirectory("caravan-data-test").FullName;
        try
        {
            var error = Assert.Throws<DataDirectoryNotFoundException>(() => DataDirectory.Locate(empty, [AppContext.BaseDirectory]));
            Assert.Contains(DataDirectory.EnvironmentVariable, error.Message, StringComparison.Ordinal);
            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void A_valid_override_wins_over_the_search()
    {
        var real = DataDirectory.Locate(null, [AppContext.BaseDirectory]);
        Assert.Equal(real, DataDirectory.Locate(real, ["/"]));
    }

    [Fact]
    public void Not_found_is_a_clear_error()
    {
        var error = Assert.Throws<DataDirectoryNotFoundException>(() => DataDirectory.Locate(null, ["/"]));
        Assert.Contains("data/SOURCES.md", error.Message, StringComparison.Ordinal);
        Assert.Contains(DataDirectory.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }
}
