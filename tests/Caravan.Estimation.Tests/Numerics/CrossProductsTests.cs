using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Tests.Numerics;

/// <summary>The blocked cross-product kernel against the plain double sum, on lengths that are not multiples of the vector width or the block.</summary>
public class CrossProductsTests
{
    [Theory]
    [InlineData(1, 1, false, false)]
    [InlineData(3, 7, true, false)]
    [InlineData(257, 5, false, true)]
    [InlineData(1003, 9, true, true)]
    [InlineData(60_003, 6, true, true)]
    public void Matches_the_plain_sum(int n, int m, bool weighted, bool shifted)
    {
        var rng = new Random(n + m);
        var cols = Enumerable.Range(0, m).Select(j => Enumerable.Range(0, n).Select(_ => (rng.NextDouble() * 10) + j).ToArray()).ToArray();
        var w = weighted ? Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 3).ToArray() : null;
        var shift = shifted ? Enumerable.Range(0, m).Select(j => j + 5.0).ToArray() : null;
        var got = CrossProducts.Weighted(cols, w, shift, 2);
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                double expected = 0;
                for (var i = 0; i < n; i++)
                {
                    expected += (w?[i] ?? 1) * (cols[a][i] - (shift?[a] ?? 0)) * (cols[b][i] - (shift?[b] ?? 0));
                }

                Assert.True(Math.Abs(got[(a * m) + b] - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)),
                    $"[{a},{b}] {got[(a * m) + b]} vs {expected}");
            }
        }
    }
}
