using Caravan.Estimation.Descriptive;

namespace Caravan.Golden.Tests;

/// <summary>`caravan describe` statistics against R (Reference/describe.R: mean, sd, quantile type 7), 1e-12 relative.</summary>
public sealed class DescribeTests
{
    [Fact]
    public void Matches_R_by_group()
    {
        var e = Expected.Load("describe");
        var rows = DescriptiveStatistics.Describe(GoldenData.Load("mid"), ["power", "years", "maxdem"], "major");
        Assert.Equal(6, rows.Count);
        foreach (var r in rows)
        {
            var x = e.GetProperty($"{r.Variable}_{r.Group}");
            Assert.Equal(x.GetProperty("n").GetInt32(), r.N);
            GoldenData.Near(x.GetProperty("mean").GetDouble(), r.Mean, 1e-12, $"{r.Variable} {r.Group} mean");
            GoldenData.Near(x.GetProperty("sd").GetDouble(), r.StdDev, 1e-12, $"{r.Variable} {r.Group} sd");
            var q = x.GetProperty("q").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            double[] mine = [r.Min, r.P25, r.Median, r.P75, r.Max];
            for (var j = 0; j < 5; j++)
            {
                Assert.True(Math.Abs(q[j] - mine[j]) <= 1e-12 * Math.Max(1, Math.Abs(q[j])), $"{r.Variable} {r.Group} quantile {j}: {q[j]} vs {mine[j]}");
            }

            Assert.Equal(0, r.MissingShare);
        }
    }
}
