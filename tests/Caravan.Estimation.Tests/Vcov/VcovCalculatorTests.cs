using Caravan.Core.Frames;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Tests.Vcov;

public class VcovCalculatorTests
{
    private static Frame TimeSeries(int n = 120)
    {
        var rng = new Random(9);
        var t = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var x = t.Select(_ => rng.NextDouble()).ToArray();
        var e = 0.0;
        var y = x.Select(v => 1 + v + (e = (0.6 * e) + rng.NextDouble() - 0.5)).ToArray();
        return new Frame([new NumericColumn("t", t), new NumericColumn("x", x), new NumericColumn("y", y)]);
    }

    [Fact]
    public void Newey_West_with_lag_0_is_HC0_times_fixests_small_sample_factors()
    {
        var r = Fit.Ols(TimeSeries(), "y ~ x", new FitOptions { TimeVar = "t" });
        var n = r.Nobs;
        var k = r.ParameterCount;
        var nw0 = r.WithVcov(new VcovSpec.NeweyWest(0)).StdErrors();
        var hc0 = r.WithVcov(new VcovSpec.Hetero(HeteroKind.HC0)).StdErrors();
        // fixest's vcov_NW: T/(T−1) (T = n periods in a time series) × (n−1)/(n−K); without both, plain HC0.
        Assert.Equal(hc0[1] * Math.Sqrt(n / (n - 1.0) * (n - 1.0) / (n - k)), nw0[1], 12);
        var bare = r.WithVcov(new VcovSpec.NeweyWest(0) { Ssc = SmallSample.Parse("adj=false,cluster.adj=false") }).StdErrors();
        Assert.Equal(hc0[1], bare[1], 12);
        var nw3 = r.WithVcov(new VcovSpec.NeweyWest(3)).StdErrors();
        Assert.True(nw3[1] > nw0[1] * 0.5 && double.IsFinite(nw3[1]));
    }

    [Fact]
    public void Newey_West_without_a_time_variable_explains_what_is_missing()
    {
        var r = Fit.Ols(TimeSeries(), "y ~ x");
        var e = Assert.Throws<EstimationException>(() => r.WithVcov(new VcovSpec.NeweyWest(2)));
        Assert.Contains("TimeVar", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_variance_does_not_refit()
    {
        var r = Fit.Ols(TestFrames.Panel(), "y ~ x + z | g");
        var h = r.WithVcov(new VcovSpec.Hetero());
        Assert.Same(r.Estimates, h.Estimates);
        Assert.Same(r.Scores, h.Scores);
        Assert.Equal("Heteroskedasticity-robust", h.VcovLabel);
        Assert.Equal("Clustered (g)", r.VcovLabel);
    }

    [Fact]
    public void Two_way_conventional_uses_each_groups_own_factor()
    {
        var d = TestFrames.Panel(400);
        var r = Fit.Ols(d, "y ~ x + z", new FitOptions { Vcov = new VcovSpec.Iid() });
        var min = r.WithVcov(VcovSpec.Parse("twoway:g+t")).Vcov;
        var conv = r.WithVcov(VcovSpec.Parse("twoway-conventional:g+t")).Vcov;
        Assert.NotEqual(min[1, 1], conv[1, 1]);
    }

    [Fact]
    public void Default_variance_clusters_by_a_combined_first_fixed_effect()
    {
        var p = TestFrames.Panel(400);
        var d = p.With(new NumericColumn("era", p.Numeric("t").Values.Select(t => Math.Floor(t / 10)).ToArray()));
        var r = Fit.Ols(d, "y ~ x + z | g^era");
        Assert.Equal("Clustered (g^era)", r.VcovLabel);
        Assert.All(r.StdErrors(), s => Assert.True(double.IsFinite(s)));
    }
}
