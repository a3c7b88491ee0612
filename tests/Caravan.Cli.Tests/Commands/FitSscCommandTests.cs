using System.CommandLine;
using System.Globalization;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

/// <summary>`fit --ssc`: the small-sample convention per model, named on the table's variance line.</summary>
[Collection("console")]
public sealed class FitSscCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"caravan-ssc-{Guid.NewGuid():N}.csv");

    public FitSscCommandTests()
    {
        var rng = new Random(11);
        using var w = new StreamWriter(data);
        w.WriteLine("g,x,b");
        for (var i = 0; i < 300; i++)
        {
            var x = rng.NextDouble();
            var b = rng.NextDouble() < 1 / (1 + Math.Exp(-(2 * x) + 1)) ? 1 : 0;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i % 20},{x},{b}"));
        }
    }

    public void Dispose() => File.Delete(data);

    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Command(FitCommand.Create(), args);

    [Fact]
    public void One_convention_per_model_is_named_on_the_variance_line()
    {
        var (code, stdout, err) = Run("--data", data, "--model", "logit", "--formula", "b ~ x", "--formula", "b ~ x",
            "--vcov", "cluster:g", "--ssc", "fixest", "--ssc", "stata", "--digits", "6");
        Assert.True(code == 0, err);
        var line = stdout.Split('\n').Single(l => l.StartsWith("Std. errors", StringComparison.Ordinal));
        Assert.Contains("Clustered (g), Stata", line, StringComparison.Ordinal);
        Assert.Contains("Clustered (g) ", line + " ", StringComparison.Ordinal);

        // G/(G−1) (Stata's logit) against G/(G−1)·(n−1)/(n−K) (fixest): the SE ratio is √((n−K)/(n−1)) = √(298/299).
        var x = stdout.Split('\n').SkipWhile(l => !l.StartsWith("x ", StringComparison.Ordinal)).Skip(1).First();
        var se = x.Split(['(', ')', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(se[0] * Math.Sqrt(298.0 / 299.0), se[1], 5);
    }

    [Fact]
    public void A_bad_convention_fails_before_fitting_with_what_is_allowed()
    {
        var outPath = Path.Combine(Path.GetTempPath(), $"caravan-ssc-{Guid.NewGuid():N}.md");
        var (code, _, err) = Run("--data", data, "--model", "logit", "--formula", "b ~ x", "--ssc", "adj=maybe", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains("Small-sample convention 'adj=maybe': 'adj=maybe' needs true or false", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
        (code, _, err) = Run("--data", data, "--model", "logit", "--formula", "b ~ x", "--formula", "b ~ x", "--formula", "b ~ x", "--ssc", "stata", "--ssc", "fixest");
        Assert.Equal(2, code);
        Assert.Contains("2 --ssc for 3 models", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sim_uses_the_convention_for_the_delta_method_and_names_it()
    {
        var outPath = Path.ChangeExtension(data, ".ame.csv");
        try
        {
            string[] common = ["--data", data, "--model", "logit", "--formula", "b ~ x", "--vcov", "cluster:g", "--dydx", "x", "--out", outPath];
            var (code, stdout, err) = ConsoleRun.Command(SimCommand.Create(), [.. common, "--ssc", "stata"]);
            Assert.True(code == 0, err);
            Assert.Contains("std. errors: Clustered (g), Stata", stdout, StringComparison.Ordinal);
            var stata = double.Parse(File.ReadAllLines(outPath)[1].Split(',')[3], CultureInfo.InvariantCulture);
            (code, _, err) = ConsoleRun.Command(SimCommand.Create(), common);
            Assert.True(code == 0, err);
            var fixest = double.Parse(File.ReadAllLines(outPath)[1].Split(',')[3], CultureInfo.InvariantCulture);

            // The delta-method SE scales with the variance: √((n−K)/(n−1)) between Stata's logit and fixest.
            Assert.Equal(fixest * Math.Sqrt(298.0 / 299.0), stata, 12);
        }
        finally
        {
            File.Delete(outPath);
        }
    }
}
