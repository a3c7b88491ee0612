using System.Globalization;

namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>Offset and scale must not change what is estimated: y ~ xo (xo = x + 1e5) fits like y ~ x.</summary>
    private static IEnumerable<SweepCase> Numerics()
    {
        foreach (var (name, model, offset, scale) in new[]
        {
            ("numerics-offset-1e5-ols", "ols", 1e5, 1.0), ("numerics-offset-1e7-ols", "ols", 1e7, 1.0),
            ("numerics-scale-1e-6-ols", "ols", 0.0, 1e-6), ("numerics-offset-1e5-scale-1e3-ols", "ols", 1e5, 1e3),
            ("numerics-offset-1e5-poisson", "poisson", 1e5, 1.0), ("numerics-offset-1e5-logit", "logit", 1e5, 1.0),
            ("numerics-offset-1e5-weighted-ols", "ols", 1e5, 1.0),
        })
        {
            yield return new SweepCase(name, f => OffsetFixture(f, model, offset, scale, name.Contains("weighted", StringComparison.Ordinal)), Result((f, _) => SameSlope(f, offset, scale)));
        }
    }

    private static string[] OffsetFixture(SweepFolder f, string model, double offset, double scale, bool weighted)
    {
        var rng = new Random(11);
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string> { "x,xo,y,w" };
        for (var i = 0; i < 300; i++)
        {
            var x = Fixtures.Normal(rng);
            var eta = 0.3 + (0.8 * x);
            var y = model switch
            {
                "logit" => rng.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0,
                "poisson" => Poisson(rng, Math.Exp(eta)),
                _ => eta + (0.5 * Fixtures.Normal(rng)),
            };
            lines.Add(string.Create(inv, $"{x:R},{(x * scale) + offset:R},{y:R},{0.5 + rng.NextDouble():R}"));
        }

        var data = f.Text("d.csv", string.Join('\n', lines) + "\n");
        var w = weighted ? new[] { "--weights", "w" } : [];
        // the reference fit on the centred, unscaled x (same data, same model)
        var reference = SweepRunner.RunInProcess(["fit", "--data", data, "--model", model, "--formula", "y ~ x", "--vcov", "iid", "--out", f["ref.csv"], .. w], TimeSpan.FromSeconds(60));
        if (reference.ExitCode != 0)
        {
            throw new InvalidOperationException("the reference fit failed: " + reference.Err);
        }

        return ["fit", "--data", data, "--model", model, "--formula", "y ~ xo", "--vcov", "iid", "--out", f["out.csv"], .. w];
    }

    private static int Poisson(Random rng, double mean)
    {
        var l = Math.Exp(-mean);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= rng.NextDouble();
        }
        while (p > l);
        return k - 1;
    }

    /// <summary>The slope on xo = x·scale + offset is b/scale and the intercept a − b·offset/scale (relative 1e-6).</summary>
    private static string? SameSlope(SweepFolder f, double offset, double scale)
    {
        if (!File.Exists(f["out.csv"]))
        {
            return "no coefficient table";
        }

        var r = Fixtures.Coefficients(f["ref.csv"]);
        var o = Fixtures.Coefficients(f["out.csv"]);
        if (!o.TryGetValue("xo", out var slope))
        {
            return "xo was dropped: " + string.Join(", ", o.Keys);
        }

        var b = r["x"] / scale;
        var a = r["(Intercept)"] - (r["x"] * offset / scale);
        if (Math.Abs(slope - b) > 1e-6 * Math.Abs(b))
        {
            return string.Create(CultureInfo.InvariantCulture, $"slope {slope:R}, expected {b:R}");
        }

        return Math.Abs(o["(Intercept)"] - a) > 1e-6 * Math.Max(1, Math.Abs(a))
            ? string.Create(CultureInfo.InvariantCulture, $"intercept {o["(Intercept)"]:R}, expected {a:R}")
            : null;
    }
}
