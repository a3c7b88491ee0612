using System.CommandLine;
using System.Globalization;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

/// <summary>`fit` with repeated --formula/--model, stepwise formulas, table options and several outputs.</summary>
[Collection("console")]
public sealed class FitManyModelsTests
{
    private static string WriteCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caravan-many-{Guid.NewGuid():N}.csv");
        var rng = new Random(5);
        using var w = new StreamWriter(path);
        w.WriteLine("x,z,y,b");
        for (var i = 0; i < 200; i++)
        {
            var x = rng.NextDouble();
            var z = rng.NextDouble();
            var y = 1 + (2 * x) - z + (0.3 * rng.NextDouble());
            var b = rng.NextDouble() < 1 / (1 + Math.Exp(-(x - z) * 3)) ? 1 : 0;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x},{z},{y},{b}"));
        }

        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Command(FitCommand.Create(), args);

    [Fact]
    public void Stepwise_and_repeated_formulas_make_one_table_with_every_output()
    {
        var data = WriteCsv();
        var dir = Path.Combine(Path.GetTempPath(), "caravan-many-out-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, stdout, _) = Run(
                "--data", data, "--model", "logit", "--model", "probit",
                "--formula", "b ~ csw(x, z)", "--formula", "b ~ x + z",
                "--vcov", "hetero", "--rename", "x=Trade", "--drop", "%^\\(Intercept", "--stats", "n,ll,aic",
                "--note", "Simulated data.", "--digits", "2",
                "--out", Path.Combine(dir, "t.csv"), "--out", Path.Combine(dir, "t.docx"), "--out", Path.Combine(dir, "t.tex"));
            Assert.Equal(0, code);
            var header = stdout.Split('\n').First(l => l.Contains("(1)", StringComparison.Ordinal));
            Assert.Contains("(3)", header, StringComparison.Ordinal);
            Assert.DoesNotContain("(4)", header, StringComparison.Ordinal);
            Assert.Contains("Probit", stdout, StringComparison.Ordinal);
            Assert.Contains("Trade", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("(Intercept)", stdout, StringComparison.Ordinal);
            Assert.Contains("AIC", stdout, StringComparison.Ordinal);
            var csv = File.ReadAllLines(Path.Combine(dir, "t.csv"));
            Assert.Equal(["(1)", "(2)", "(3)"], csv.Skip(1).Select(l => l.Split(',')[0]).Distinct());
            Assert.Equal(1 + 2 + 3 + 3, csv.Length);
            Assert.True(new FileInfo(Path.Combine(dir, "t.docx")).Length > 1000);
            var tex = File.ReadAllText(Path.Combine(dir, "t.tex"));
            Assert.Contains("Simulated data.", tex, StringComparison.Ordinal);
            Assert.Contains("(commit ", tex, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Output_and_option_errors_come_before_reading_or_fitting()
    {
        var data = WriteCsv();
        var blocker = Path.Combine(Path.GetTempPath(), $"caravan-blocker-{Guid.NewGuid():N}");
        File.WriteAllText(blocker, "x");
        try
        {
            // The formula names a missing column: an --out problem must be reported first.
            var bad = Run("--data", data, "--formula", "y ~ nosuch", "--out", "t.xlsx");
            Assert.Equal(2, bad.Code);
            Assert.Contains("--out", bad.Err, StringComparison.Ordinal);
            Assert.Contains(".xlsx", bad.Err, StringComparison.Ordinal);

            var unwritable = Run("--data", data + ".missing.csv", "--formula", "y ~ x", "--out", Path.Combine(blocker, "t.tex"));
            Assert.Equal(2, unwritable.Code);
            Assert.Contains("Cannot write", unwritable.Err, StringComparison.Ordinal);

            Assert.Contains("2 --formula and 3 --model", Run("--data", data, "--formula", "y ~ x", "--formula", "y ~ z", "--model", "ols", "--model", "ols", "--model", "ols").Err, StringComparison.Ordinal);
            Assert.Contains("2 --vcov for 3 models", Run("--data", data, "--formula", "y ~ csw0(x, z)", "--vcov", "iid", "--vcov", "hetero").Err, StringComparison.Ordinal);
            Assert.Contains("--stars", Run("--data", data, "--formula", "y ~ x", "--stars", "*=2").Err, StringComparison.Ordinal);
            Assert.Contains("--stats", Run("--data", data, "--formula", "y ~ x", "--stats", "r3").Err, StringComparison.Ordinal);
            Assert.Contains("1 --name for 2 models", Run("--data", data, "--formula", "y ~ sw(x, z)", "--name", "A").Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
            File.Delete(blocker);
        }
    }

    [Fact]
    public void A_dict_file_labels_terms_and_names_its_bad_line()
    {
        var data = WriteCsv();
        var dict = Path.ChangeExtension(data, ".dict.csv");
        File.WriteAllLines(dict, ["term,label", "x,\"Trade, share\"", "z,Distance"]);
        try
        {
            var (code, stdout, _) = Run("--data", data, "--formula", "y ~ x + z", "--dict", dict, "--rename", "z=Km");
            Assert.Equal(0, code);
            Assert.Contains("Trade, share", stdout, StringComparison.Ordinal);
            Assert.Contains("Km", stdout, StringComparison.Ordinal);
            File.WriteAllLines(dict, ["x,Trade", "z"]);
            var bad = Run("--data", data, "--formula", "y ~ x + z", "--dict", dict);
            Assert.Equal(2, bad.Code);
            Assert.Contains("line 2", bad.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
            File.Delete(dict);
        }
    }
}
