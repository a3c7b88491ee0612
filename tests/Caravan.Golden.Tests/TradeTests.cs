using Caravan.Estimation;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests;

/// <summary>
/// fixest's `trade` data. Published numbers: fixest walkthrough vignette ("Simple example using trade data"):
/// fepois(Euros ~ log(dist_km) | Origin + Destination + Product + Year): −1.52787, SE clustered by Origin
/// 0.115678, two-way (Origin, Destination) 0.130734, Log-Likelihood −7.025e+11, Squared Cor. 0.612021.
/// Full-precision references: Reference/trade.R (base R glm/lm with factor dummies and fixest's small-sample
/// conventions) → Expected/trade.json. Tolerances: coefficients 1e-6 relative, SEs 1e-4 relative (published
/// values: half a unit of their last printed digit).
/// </summary>
public class TradeTests
{
    private const string Fe4 = "Origin + Destination + Product + Year";

    [Fact]
    public void Ppml_four_fixed_effects_matches_fixest_published_output()
    {
        var r = Fit.Ppml(GoldenData.Load("trade"), "Euros ~ log(dist_km) | " + Fe4);
        Assert.Equal(38325, r.Nobs);
        Assert.Equal("Clustered (Origin)", r.VcovLabel);
        GoldenData.Near(-1.52787, r.Estimates[0], 0.5e-5 / 1.52787, "coef (published)");
        GoldenData.Near(0.115678, r.StdErrors()[0], 0.5e-6 / 0.115678, "SE clustered Origin (published)");
        GoldenData.Near(0.130734, r.WithVcov(VcovSpec.Parse("twoway:Origin+Destination")).StdErrors()[0], 0.5e-6 / 0.130734, "SE two-way (published)");
        GoldenData.Near(-7.025e11, r.LogLikelihood, 0.5e8 / 7.025e11, "log-likelihood (published)");
        GoldenData.Near(0.612021, r.SquaredCorrelation, 0.5e-6 / 0.612021, "squared correlation (published)");
    }

    [Theory]
    [InlineData("poisson4", Fe4)]
    [InlineData("poisson2", "Origin + Destination")]
    public void Ppml_matches_base_R_reproduction(string key, string fes)
    {
        var e = Expected.Load("trade").GetProperty(key);
        var r = Fit.Ppml(GoldenData.Load("trade"), "Euros ~ log(dist_km) | " + fes);
        GoldenData.Near(e.Num("coef"), r.Estimates[0], 1e-6, "coef");
        GoldenData.Near(e.Num("loglik"), r.LogLikelihood, 1e-6, "loglik");
        GoldenData.Near(e.Num("deviance"), r.Deviance, 1e-6, "deviance");
        GoldenData.Near(e.Num("sqcor"), r.SquaredCorrelation, 1e-6, "sqcor");
        Assert.Equal((int)e.Num("K"), r.ParameterCount);
        GoldenData.Near(e.Num("se_cluster_origin"), r.WithVcov(new VcovSpec.Cluster("Origin")).StdErrors()[0], 1e-4, "SE cluster");
        GoldenData.Near(e.Num("se_twoway"), r.WithVcov(new VcovSpec.TwoWay("Origin", "Destination")).StdErrors()[0], 1e-4, "SE two-way");
        GoldenData.Near(e.Num("se_hetero"), r.WithVcov(new VcovSpec.Hetero()).StdErrors()[0], 1e-4, "SE hetero");
        GoldenData.Near(e.Num("se_iid"), r.WithVcov(new VcovSpec.Iid()).StdErrors()[0], 1e-4, "SE iid");
    }

    [Fact]
    public void Ols_log_euros_matches_lm_with_dummies()
    {
        var e = Expected.Load("trade").GetProperty("ols4");
        var r = Fit.Ols(GoldenData.Load("trade"), "log(Euros) ~ log(dist_km) | " + Fe4);
        GoldenData.Near(e.Num("coef"), r.Estimates[0], 1e-6, "coef");
        GoldenData.Near(e.Num("se_cluster_origin"), r.StdErrors()[0], 1e-4, "SE cluster");
        GoldenData.Near(e.Num("se_iid"), r.WithVcov(new VcovSpec.Iid()).StdErrors()[0], 1e-4, "SE iid");
        GoldenData.Near(e.Num("r2"), r.R2, 1e-6, "R2");
        GoldenData.Near(e.Num("adj_r2"), r.AdjustedR2, 1e-6, "adj R2");
        GoldenData.Near(e.Num("within_r2"), r.WithinR2, 1e-6, "within R2");
        GoldenData.Near(e.Num("rmse"), r.Rmse, 1e-6, "RMSE");
    }
}
