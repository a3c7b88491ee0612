using System.CommandLine;
using System.Globalization;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

/// <summary>`caravan sim`: profiles and marginal effects from the command line, outputs checked before fitting.</summary>
[Collection("console")]
public sealed class SimCommandTests
{
    private static string WriteCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caravan-sim-{Guid.NewGuid():N}.csv");
        var rng = new Random(11);
        using var w = new StreamWriter(path);
        w.WriteLine("x,g,b");
        for (var i = 0; i < 400; i++)
        {
            var x = rng.NextDouble() * 2;
            var g = i % 3 == 0 ? "north" : "south";
            var b = rng.NextDouble() < 1 / (1 + Math.Exp(-(x - 1 + (g == "north" ? 0.5 : 0)))) ? 1 : 0;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x},{g},{b}"));
        }

        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Command(SimCommand.Create(), args);

    [Fact]
    public void Profiles_and_marginal_effects_are_printed_and_written()
    {
        var data = WriteCsv();
        var csv = Path.ChangeExtension(data, ".qoi.csv");
        try
        {
            var (code, stdout, err) = Run("--data", data, "--formula", "b ~ x + g", "--at", "x=p25,p75; g=south", "--dydx", "all", "--seed", "3", "--out", csv);
            Assert.True(code == 0, err);
            Assert.Contains("FD vs 1", stdout, StringComparison.Ordinal);
            Assert.Contains("south - north", stdout, StringComparison.Ordinal);
            var lines = File.ReadAllLines(csv);
            Assert.Equal("profile,quantity,point,mean,sd,lower_95,upper_95", lines[0]);
            Assert.Equal(1 + 1 + 3, lines.Length);
            var ame = File.ReadAllLines(Path.ChangeExtension(data, ".qoi.ame.csv"));
            Assert.Equal(["term,contrast,estimate,std_error,z,p_value,conf_low,conf_high", "x,dY/dX", "g,south - north"], [ame[0], string.Join(',', ame[1].Split(',').Take(2)), string.Join(',', ame[2].Split(',').Take(2))]);
            var again = Run("--data", data, "--formula", "b ~ x + g", "--at", "x=p25,p75; g=south", "--dydx", "all", "--seed", "3", "--out", csv);
            Assert.Equal(lines, File.ReadAllLines(csv));
            Assert.Equal(0, again.Code);
        }
        finally
        {
            File.Delete(data);
            File.Delete(csv);
            File.Delete(Path.ChangeExtension(data, ".qoi.ame.csv"));
        }
    }

    [Fact]
    public void Errors_are_reported_before_fitting()
    {
        var data = WriteCsv();
        try
        {
            Assert.Contains("--out", Run("--data", data, "--formula", "b ~ nosuch", "--at", "x=1", "--out", "q.docx").Err, StringComparison.Ordinal);
            Assert.Contains("--others", Run("--data", data, "--formula", "b ~ x", "--at", "x=1", "--others", "mode").Err, StringComparison.Ordinal);
            Assert.Contains("--at", Run("--data", data, "--formula", "b ~ x").Err, StringComparison.Ordinal);
            Assert.Contains("'z'", Run("--data", data, "--formula", "b ~ x", "--at", "z=1").Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }
}
