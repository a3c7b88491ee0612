using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests;

/// <summary>
/// Grunfeld (plm), two-way FE OLS inv ~ value + capital | firm + year. Expected values from
/// Reference/grunfeld.R → Expected/grunfeld.json: fixest's default conventions computed from scratch
/// (lm with dummies + FWL scores), whose small-sample-free meats the script checks against
/// plm::vcovHC(arellano, HC0), plm::vcovNW(HC0) and plm::vcovSCC(HC0) (Driscoll–Kraay) to 1e-8.
/// Caravan's NW/DK default is fixest's (ConventionsTests, SscConventionsTests); the ssc switches reproduce plm's HC0
/// exactly (adj=false, cluster.adj=false) and the plm × (n−1)/(n−K) numbers Caravan printed before
/// (fixef.K=full, cluster.adj=false). Tolerances: coefficients 1e-6, SEs 1e-4 relative (1e-8 against plm's HC0).
/// </summary>
public class GrunfeldTests
{
    private static readonly FitOptions Panel = new() { PanelId = "firm", TimeVar = "year" };

    private static FitResult Model() => Fit.Ols(GoldenData.Load("grunfeld"), "inv ~ value + capital | firm + year", Panel);

    private static double[] Arr(string key) =>
        Expected.Load("grunfeld").GetProperty(key).EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Fact]
    public void Coefficients_and_parameter_count()
    {
        var r = Model();
        var b = Arr("coef");
        GoldenData.Near(b[0], r.Estimates[0], 1e-6, "value");
        GoldenData.Near(b[1], r.Estimates[1], 1e-6, "capital");
        Assert.Equal(31, r.ParameterCount);
        Assert.Equal(200, r.Nobs);
    }

    [Theory]
    [InlineData("iid", "se_iid")]
    [InlineData("hetero", "se_hetero")]
    [InlineData("cluster:firm", "se_cluster_firm")]
    [InlineData("cluster:year", "se_cluster_year")]
    [InlineData("twoway:firm+year", "se_twoway")]
    [InlineData("nw:1", "se_nw1", "fixef.K=full,cluster.adj=false")]
    [InlineData("nw:2", "se_nw2", "fixef.K=full,cluster.adj=false")]
    [InlineData("dk:1", "se_dk1", "fixef.K=full,cluster.adj=false")]
    [InlineData("dk:2", "se_dk2", "fixef.K=full,cluster.adj=false")]
    public void Standard_errors(string vcov, string key, string ssc = "fixest")
    {
        var se = Model().WithVcov(VcovSpec.Parse(vcov) with { Ssc = SmallSample.Parse(ssc) }).StdErrors();
        var e = Arr(key);
        GoldenData.Near(e[0], se[0], 1e-4, $"{vcov} value");
        GoldenData.Near(e[1], se[1], 1e-4, $"{vcov} capital");
    }

    [Fact]
    public void Intervals_and_p_values_use_t_with_the_right_degrees_of_freedom()
    {
        var iid = Model().WithVcov(new VcovSpec.Iid()).Coefficients();
        var ci = Arr("ci_iid_value");
        GoldenData.Near(ci[0], iid[0].ConfLow, 1e-6, "lm confint low");
        GoldenData.Near(ci[1], iid[0].ConfHigh, 1e-6, "lm confint high");
        var p = Arr("p_iid");
        GoldenData.Near(p[0], iid[0].PValue, 1e-4, "p iid value");
        GoldenData.Near(p[1], iid[1].PValue, 1e-4, "p iid capital");
        var cl = Model().WithVcov(new VcovSpec.Cluster("firm")).Coefficients();
        var pc = Arr("p_cluster_firm");
        GoldenData.Near(pc[0], cl[0].PValue, 1e-4, "p cluster value");
        GoldenData.Near(pc[1], cl[1].PValue, 1e-4, "p cluster capital");
    }

    /// <summary>
    /// A fixed effect coarser than another (pair ⊃ firm): fixest's default K (fixef.force_exact = FALSE) still counts
    /// its levels — K = 2 + 10 + 20 + 5 − 2 = 35, so the iid SE is lm's (rank 31) × √((n − 31)/(n − 35)) — while the
    /// Stata convention (reghdfe) drops them and gives lm's SE. fixest itself is checked on a nested design in
    /// SscConventionsTests (ols_nested).
    /// </summary>
    [Fact]
    public void A_fixed_effect_coarser_than_another_counts_as_in_fixest_and_is_dropped_under_stata()
    {
        var g = GoldenData.Load("grunfeld");
        var firm = g.Numeric("firm").Values;
        var data = g.With(new Caravan.Core.Frames.NumericColumn("pair", firm.Select(f => Math.Ceiling(f / 2)).ToArray()));
        var a = Fit.Ols(data, "inv ~ value + capital | firm + year + pair", Panel with { Vcov = new VcovSpec.Iid() });
        var b = Arr("coef");
        var se = Arr("se_iid");
        Assert.Equal(35, a.ParameterCount);
        Assert.Contains(a.Notes, n => n.Contains("'pair' is nested", StringComparison.Ordinal));
        var stata = a.WithVcov(new VcovSpec.Iid() { Ssc = new SmallSample.Stata() });
        var n = a.Nobs;
        for (var k = 0; k < 2; k++)
        {
            GoldenData.Near(b[k], a.Estimates[k], 1e-6, "coef");
            GoldenData.Near(se[k] * Math.Sqrt((n - 31.0) / (n - 35.0)), a.StdErrors()[k], 1e-4, "iid SE, fixest K");
            GoldenData.Near(se[k], stata.StdErrors()[k], 1e-4, "iid SE, Stata K (lm rank)");
        }
    }

    [Fact]
    public void Weighted_ols_matches_lm_with_weights()
    {
        var r = Fit.Ols(GoldenData.Load("grunfeld"), "inv ~ value + capital | firm + year", Panel with { Weights = "capital", Vcov = new VcovSpec.Iid() });
        var b = Arr("weighted_coef");
        var s = Arr("weighted_se_iid");
        var se = r.StdErrors();
        for (var k = 0; k < 2; k++)
        {
            GoldenData.Near(b[k], r.Estimates[k], 1e-6, "weighted coef");
            GoldenData.Near(s[k], se[k], 1e-4, "weighted iid SE");
        }
    }

    [Theory]
    [InlineData("nw:1", "se_nw1_plm_hc0")]
    [InlineData("nw:2", "se_nw2_plm_hc0")]
    [InlineData("dk:1", "se_dk1_plm_hc0")]
    [InlineData("dk:2", "se_dk2_plm_hc0")]
    public void Newey_West_and_Driscoll_Kraay_without_factors_are_plms_HC0(string vcov, string key)
    {
        var se = Model().WithVcov(VcovSpec.Parse(vcov) with { Ssc = SmallSample.Parse("adj=false,cluster.adj=false") }).StdErrors();
        var plm = Arr(key);
        GoldenData.Near(plm[0], se[0], 1e-8, $"{vcov} value");
        GoldenData.Near(plm[1], se[1], 1e-8, $"{vcov} capital");
    }
}
