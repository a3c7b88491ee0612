using System.CommandLine;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// Bad input to <c>caravan serve</c> and <c>caravan scenario</c> exits 2 with a plain message before any work (the server
/// and the scenario evaluation are covered by tests/Caravan.Web.Tests).
/// </summary>
public class ServeAndScenarioCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { ServeCommand.Create(), ScenarioCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--port", "0", "--port 0 must be between 1 and 65535")]
    [InlineData("--port", "70000", "--port 70000 must be between 1 and 65535")]
    [InlineData("--bind", "example.org", "--bind 'example.org' is not an IP address")]
    [InlineData("--draws", "1", "--draws 1 must be between 2 and 20000")]
    public void Serve_refuses_bad_options(string option, string value, string expected)
    {
        var (code, _, error) = Run("serve", option, value);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_names_a_missing_file_and_a_bad_field_before_computing_the_study()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"caravan-nope-{Guid.NewGuid():N}.json");
        var (code, output, error) = Run("scenario", "--file", missing, "--reduced");
        Assert.Equal(2, code);
        Assert.Contains($"Scenario file {missing} does not exist", error, StringComparison.Ordinal);
        Assert.Equal("", output);

        var bad = Path.GetTempFileName();
        try
        {
            File.WriteAllText(bad, "{\n  \"dyad\": \"TKM\",\n  \"tradeFactor\": 99\n}");
            (code, _, error) = Run("scenario", "--file", bad, "--reduced");
            Assert.Equal(2, code);
            Assert.Contains("tradeFactor = 99 is outside the allowed range [0, 10]", error, StringComparison.Ordinal);
            File.WriteAllText(bad, "{\n  \"dyad\": \"TKM\",\n  \"scoo\": 1\n}");
            (code, _, error) = Run("scenario", "--file", bad, "--reduced");
            Assert.Equal(2, code);
            Assert.Contains($"{bad}: line 3", error, StringComparison.Ordinal);
            Assert.Contains("not a scenario field; the fields are dyad, fromYear, toYear", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
