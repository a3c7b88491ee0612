using System.CommandLine;
using System.Globalization;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

public class FitCommandTests
{
    private static string WriteCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caravan-fit-{Guid.NewGuid():N}.csv");
        var rng = new Random(3);
        using var w = new StreamWriter(path);
        w.WriteLine("g,x,y");
        for (var i = 0; i < 60; i++)
        {
            var x = rng.NextDouble();
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\"g{i % 3}\",{x},{1 + (2 * x) + (i % 3) + (0.1 * rng.NextDouble())}"));
        }

        return path;
    }

    private static int Run(params string[] args)
    {
        var root = new RootCommand { FitCommand.Create() };
        return root.Parse(["fit", .. args]).Invoke();
    }

    [Fact]
    public void Writes_the_coefficient_csv()
    {
        var data = WriteCsv();
        var output = Path.ChangeExtension(data, ".out.csv");
        try
        {
            Assert.Equal(0, Run("--data", data, "--model", "ols", "--formula", "y ~ x | g", "--vcov", "hetero", "--out", output, "--timings"));
            var lines = File.ReadAllLines(output);
            Assert.Equal("term,estimate,std_error,statistic,p_value,conf_low,conf_high", lines[0]);
            Assert.StartsWith("x,", lines[1], StringComparison.Ordinal);
            var est = double.Parse(lines[1].Split(',')[1], CultureInfo.InvariantCulture);
            Assert.InRange(est, 1.9, 2.1);
        }
        finally
        {
            File.Delete(data);
            File.Delete(output);
        }
    }

    [Fact]
    public void User_errors_exit_with_code_2()
    {
        var data = WriteCsv();
        try
        {
            Assert.Equal(2, Run("--data", data, "--formula", "y ~ xx"));
            Assert.Equal(2, Run("--data", data, "--model", "negbin", "--formula", "y ~ x"));
            Assert.Equal(2, Run("--data", data + ".missing.csv", "--formula", "y ~ x"));
            Assert.Equal(2, Run("--data", data, "--formula", "y ~ x", "--vcov", "cluster:"));
        }
        finally
        {
            File.Delete(data);
        }
    }
}
