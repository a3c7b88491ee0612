using Caravan.Estimation.FixedEffects;

namespace Caravan.Estimation.Tests.FixedEffects;

/// <summary>
/// The demeaner (sweeps on the layout sorted by the largest fixed effect, Irons–Tuck acceleration, reused
/// workspaces) against a naive reference: plain alternating projections on the n-vector, run to 1e-15.
/// Tolerance 1e-8 absolute on residuals of order 1 (demeaner tolerance 1e-12).
/// </summary>
public class DemeanerTests
{
    [Theory]
    [InlineData(new[] { 37, 11 }, false)]
    [InlineData(new[] { 5, 37, 11 }, false)]
    [InlineData(new[] { 5, 37, 11 }, true)]
    [InlineData(new[] { 11, 3, 37 }, true)]
    [InlineData(new[] { 7, 37, 3, 11 }, true)]
    [InlineData(new[] { 7, 37, 3, 11 }, false)]
    public void MatchesNaiveAlternatingProjections(int[] levels, bool weighted)
    {
        const int n = 400;
        var rng = new Random(levels.Sum() + (weighted ? 1 : 0));
        var codes = levels.Select(g => Enumerable.Range(0, n).Select(i => i < g ? i : rng.Next(g)).ToArray()).ToArray();
        var w = weighted ? Enumerable.Range(0, n).Select(_ => 0.1 + (3 * rng.NextDouble())).ToArray() : null;
        var x = Enumerable.Range(0, n).Select(i => codes[0][i] * 0.3 + rng.NextDouble() * 2 - 1).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();

        var dm = new Demeaner(codes, levels, w);
        var results = new[] { new double[n], new double[n] };
        var alphas = new[] { new double[dm.AlphaLength], new double[dm.AlphaLength] };
        var (_, converged) = dm.DemeanMany([x, y], results, alphas, 1e-12, 100_000, 2);
        Assert.True(converged);
        foreach (var (col, res) in new[] { (x, results[0]), (y, results[1]) })
        {
            var reference = Naive(col, codes, levels, w);
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(reference[i], res[i], 1e-8);
            }

            // The residual is orthogonal to every fixed-effect dummy (weighted group sums are zero).
            for (var q = 0; q < levels.Length; q++)
            {
                var sums = new double[levels[q]];
                for (var i = 0; i < n; i++)
                {
                    sums[codes[q][i]] += (w?[i] ?? 1) * res[i];
                }

                Assert.All(sums, s => Assert.True(Math.Abs(s) < 1e-8, $"group sum {s}"));
            }
        }
    }

    private static double[] Naive(double[] x, int[][] codes, int[] levels, double[]? w)
    {
        var r = (double[])x.Clone();
        for (var iter = 0; iter < 1_000_000; iter++)
        {
            var change = 0.0;
            for (var q = 0; q < codes.Length; q++)
            {
                var s = new double[levels[q]];
                var sw = new double[levels[q]];
                for (var i = 0; i < r.Length; i++)
                {
                    var wi = w?[i] ?? 1;
                    s[codes[q][i]] += wi * r[i];
                    sw[codes[q][i]] += wi;
                }

                for (var i = 0; i < r.Length; i++)
                {
                    var m = s[codes[q][i]] / sw[codes[q][i]];
                    r[i] -= m;
                    change = Math.Max(change, Math.Abs(m));
                }
            }

            if (change < 1e-15)
            {
                break;
            }
        }

        return r;
    }
}
