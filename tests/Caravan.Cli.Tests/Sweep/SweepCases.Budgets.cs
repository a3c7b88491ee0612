using System.Globalization;
using System.Text;

namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>Requests whose memory or time would be unbounded are refused before the work, with the numbers and the way out.</summary>
    private static IEnumerable<SweepCase> Budgets()
    {
        yield return new SweepCase("budget-factor-by-factor-300x300", f => ["fit", "--data", FactorCsv(f, 2000, 300, 299), "--formula", "y ~ a:b"], Error("GB", "|"))
        { Timeout = TimeSpan.FromSeconds(30) };
        yield return new SweepCase("budget-factor-1000-levels-with-small-budget", f => ["fit", "--data", FactorCsv(f, 200_000, 1000, 2), "--formula", "y ~ x + a"], Error("budget", "|"))
        {
            OutOfProcess = true,
            Environment = new Dictionary<string, string> { ["CARAVAN_MEMORY_BUDGET"] = "200MB" },
            Timeout = TimeSpan.FromSeconds(60),
        };
        yield return new SweepCase("budget-factor-1000-levels-as-fixed-effect-fits", f => ["fit", "--data", FactorCsv(f, 200_000, 1000, 2), "--formula", "y ~ x | a"],
            Result((_, r) => r.Out.Contains('x', StringComparison.Ordinal) ? null : "no table"))
        {
            OutOfProcess = true,
            Environment = new Dictionary<string, string> { ["CARAVAN_MEMORY_BUDGET"] = "200MB" },
            Timeout = TimeSpan.FromSeconds(60),
        };
        yield return new SweepCase("budget-newey-west-lag-millions", f => ["fit", "--data", FactorCsv(f, 500, 5, 5), "--formula", "y ~ x", "--vcov", "nw:5000000", "--panel", "a", "--time", "t"], Error("lag"))
        { Timeout = TimeSpan.FromSeconds(30) };
        yield return new SweepCase("budget-driscoll-kraay-lag-millions", f => ["fit", "--data", FactorCsv(f, 500, 5, 5), "--formula", "y ~ x", "--vcov", "dk:5000000", "--time", "t"], Error("lag"))
        { Timeout = TimeSpan.FromSeconds(30) };
        yield return new SweepCase("budget-analyze-draws-1e8", f => ["analyze", "--reduced", "--draws", "100000000", "--out", f["out"]], Error("--draws"))
        { Timeout = TimeSpan.FromSeconds(30), Check = (f, _) => Directory.Exists(f["out"]) && Directory.EnumerateFileSystemEntries(f["out"]).Any() ? "wrote into the report folder" : null };
        yield return new SweepCase("budget-bad-budget-setting", f => ["fit", "--data", f.Text("d.csv", Fixtures.Csv()), "--formula", "y ~ x"], Error("CARAVAN_MEMORY_BUDGET"))
        { OutOfProcess = true, Environment = new Dictionary<string, string> { ["CARAVAN_MEMORY_BUDGET"] = "lots" } };
    }

    /// <summary>y, x, t, and factors a (levels) and b (levels) as text.</summary>
    private static string FactorCsv(SweepFolder f, int n, int aLevels, int bLevels)
    {
        var rng = new Random(5);
        var sb = new StringBuilder("y,x,a,b,t\n");
        for (var i = 0; i < n; i++)
        {
            var x = Fixtures.Normal(rng);
            sb.Append(CultureInfo.InvariantCulture, $"{x + Fixtures.Normal(rng):R},{x:R},a{i % aLevels},b{i % bLevels},{i / aLevels}\n");
        }

        return f.Text("d.csv", sb.ToString());
    }
}
