using System.CommandLine;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

/// <summary>Bad input to <c>caravan analyze</c> exits 2 with a plain message, before any work (the full run is covered by the Reporting tests).</summary>
public class AnalyzeCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { AnalyzeCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Too_few_draws_is_refused()
    {
        var (code, _, error) = Run("analyze", "--draws", "1");
        Assert.Equal(2, code);
        Assert.Contains("--draws must be at least 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_output_folder_is_refused_before_running()
    {
        var file = Path.GetTempFileName(); // a file where a folder is expected
        try
        {
            var (code, output, error) = Run("analyze", "--reduced", "--out", Path.Combine(file, "out"));
            Assert.Equal(2, code);
            Assert.Contains("cannot write to the output folder", error, StringComparison.Ordinal);
            Assert.DoesNotContain("building", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_data_folder_names_it()
    {
        var dir = Directory.CreateTempSubdirectory("caravan-analyze-").FullName;
        try
        {
            var (code, _, error) = Run("analyze", "--reduced", "--data", Path.Combine(dir, "nope"), "--out", dir);
            Assert.Equal(2, code);
            Assert.Contains("nope", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
