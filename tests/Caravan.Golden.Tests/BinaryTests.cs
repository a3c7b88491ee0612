using Caravan.Estimation;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests;

/// <summary>
/// Logit and probit vs base R glm (Reference/binary.R → Expected/binary.json) on Zelig's `mid` data, a model
/// with poly()/interaction/log/I() terms, and a logit with two fixed effects on fixest's `trade`.
/// Caravan's iid GLM variance follows fixest (glm's × (n−1)/(n−K)); hetero = HC1. Tolerances 1e-6 / 1e-4.
/// </summary>
public class BinaryTests
{
    private static double[] Arr(System.Text.Json.JsonElement e, string key) =>
        e.GetProperty(key).EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Theory]
    [InlineData("mid_logit", ModelKind.Logit, "conflict ~ major + contig + power + maxdem + mindem + years")]
    [InlineData("mid_probit", ModelKind.Probit, "conflict ~ major + contig + power + maxdem + mindem + years")]
    [InlineData("mid_logit_terms", ModelKind.Logit, "conflict ~ poly(years, 2) + power*contig + log(power + 1) + I(maxdem^2)")]
    public void Matches_glm(string key, ModelKind kind, string formula)
    {
        var e = Expected.Load("binary").GetProperty(key);
        var r = Fit.Model(kind, GoldenData.Load("mid"), formula);
        var b = Arr(e, "coef");
        var n = e.Num("n");
        var k = e.Num("K");
        var seIid = r.WithVcov(new VcovSpec.Iid()).StdErrors();
        var seHc1 = r.WithVcov(new VcovSpec.Hetero()).StdErrors();
        var glm = Arr(e, "se_glm");
        var hc1 = Arr(e, "se_hc1");
        Assert.Equal(b.Length, r.Estimates.Length);
        for (var j = 0; j < b.Length; j++)
        {
            GoldenData.Near(b[j], r.Estimates[j], 1e-6, $"coef {r.TermNames[j]}");
            GoldenData.Near(glm[j] * Math.Sqrt((n - 1) / (n - k)), seIid[j], 1e-4, $"iid SE {r.TermNames[j]}");
            GoldenData.Near(hc1[j], seHc1[j], 1e-4, $"HC1 SE {r.TermNames[j]}");
        }

        GoldenData.Near(e.Num("loglik"), r.LogLikelihood, 1e-8, "loglik");
        GoldenData.Near(e.Num("deviance"), r.Deviance, 1e-8, "deviance");
        GoldenData.Near(e.Num("null_deviance"), r.NullDeviance, 1e-8, "null deviance");
        GoldenData.Near(1 - (e.Num("loglik") / r.NullLogLikelihood), r.PseudoR2, 1e-8, "pseudo R2");
    }

    [Fact]
    public void Logit_with_fixed_effects_matches_glm_with_dummies()
    {
        var e = Expected.Load("binary").GetProperty("trade_logit_fe");
        var trade = GoldenData.Load("trade");
        var euros = trade.Numeric("Euros").Values;
        var data = trade.With(new Caravan.Core.Frames.NumericColumn("y", euros.Select(v => v > 1e7 ? 1.0 : 0.0).ToArray()));
        var r = Fit.Logit(data, "y ~ log(dist_km) | Origin + Destination");
        Assert.Equal((int)e.Num("n"), r.Nobs);
        GoldenData.Near(e.Num("coef"), r.Estimates[0], 1e-6, "coef");
        GoldenData.Near(e.Num("loglik"), r.LogLikelihood, 1e-8, "loglik");
    }
}
