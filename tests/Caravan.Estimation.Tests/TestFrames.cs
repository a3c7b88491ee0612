using Caravan.Core.Frames;

namespace Caravan.Estimation.Tests;

/// <summary>Small seeded synthetic frames for unit tests (not reference data).</summary>
internal static class TestFrames
{
    /// <summary>n rows: g (text, 5 groups), t (1..), x, z, y = 1 + 2x − z + group effect + noise, count ~ Poisson-ish, bin 0/1.</summary>
    public static Frame Panel(int n = 200, int seed = 7)
    {
        var rng = new Random(seed);
        var g = new string?[n];
        var t = new double[n];
        var x = new double[n];
        var z = new double[n];
        var y = new double[n];
        var count = new double[n];
        var bin = new double[n];
        for (var i = 0; i < n; i++)
        {
            var gi = i % 5;
            g[i] = "g" + gi;
            t[i] = (i / 5) + 1;
            x[i] = rng.NextDouble() * 2;
            z[i] = rng.NextDouble();
            y[i] = 1 + (2 * x[i]) - z[i] + (0.5 * gi) + (rng.NextDouble() - 0.5);
            count[i] = Math.Floor(Math.Exp(0.3 * x[i]) * 3 * rng.NextDouble());
            bin[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-(x[i] - 1))) ? 1 : 0;
        }

        return new Frame([
            new TextColumn("g", g), new NumericColumn("t", t), new NumericColumn("x", x), new NumericColumn("z", z),
            new NumericColumn("y", y), new NumericColumn("count", count), new NumericColumn("bin", bin)]);
    }
}
