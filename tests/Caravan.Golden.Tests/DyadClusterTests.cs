using System.Text.Json;
using Caravan.Core.Expressions;
using Caravan.Estimation;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests;

/// <summary>
/// The research loop's expressions against fixest 0.12.1 on a real Caravan dyad-year panel (Data/mid_dyads.csv.gz):
/// a MID-onset logit with cubic peace-years, comparisons, pmax/pmin, ifelse/is.na, a lag within the dyad,
/// the subset that drops ongoing-dispute years (<c>fit --where</c>), clustered by the dyad as
/// <c>cluster = ~ccode1^ccode2</c> and two-way <c>~ccode1^ccode2 + year</c>; and an OLS with a lag and a lead.
/// Reference/dyad_cluster.R → Expected/dyad_cluster.json. Tolerances: coefficients and SEs 2e-5 relative (the
/// two IRLS stop at slightly different iterates: fixest's and Caravan's deviance criteria, 1e-8; observed ≤ 4e-6),
/// OLS 1e-8.
/// </summary>
public class DyadClusterTests
{
    private const string LogitFormula = "gmlmidonset ~ cubic(gmlmidspell) + I(conttype > 0) + log(pmax(cinc1, cinc2)/pmin(cinc1, cinc2))"
        + " + ifelse(is.na(polity2_min), 0, polity2_min) + is.na(polity2_min) + l(cowmaj1 + cowmaj2, 1)";

    [Fact]
    public void Logit_with_where_lags_and_dyad_clusters_matches_fixest()
    {
        var e = Expected.Load("dyad_cluster").GetProperty("logit");
        var data = GoldenData.Load("mid_dyads");
        var options = new FitOptions
        {
            Subset = RowFilter.Rows(data, "!(gmlmidongoing == 1 & gmlmidonset == 0)"),
            Vcov = VcovSpec.Parse("cluster:ccode1^ccode2"),
        };
        var r = Fit.Model(ModelKind.Logit, data, LogitFormula, options);
        Assert.Equal((int)e.Num("nobs"), r.Nobs);
        // cubic(t) names its columns t, t^2, t^3; fixest's I(t^2), I(t^3) are the same columns.
        var names = e.GetProperty("names").EnumerateArray().Select(x => x.GetString() switch
        {
            "I(gmlmidspell^2)" => "gmlmidspell^2",
            "I(gmlmidspell^3)" => "gmlmidspell^3",
            var n => n,
        });
        Assert.Equal(names, r.TermNames);
        Near(e, "coef", r.Estimates, 2e-5);
        Near(e, "se_cluster_dyad", r.StdErrors(), 2e-5);
        Assert.Equal("Clustered (ccode1^ccode2)", r.VcovLabel);
        Near(e, "se_twoway_dyad_year", r.WithVcov(VcovSpec.Parse("twoway:ccode1^ccode2+year")).StdErrors(), 2e-5);
    }

    [Fact]
    public void Ols_with_lag_lead_and_where_matches_fixest()
    {
        var e = Expected.Load("dyad_cluster").GetProperty("ols");
        var data = GoldenData.Load("mid_dyads");
        var options = new FitOptions
        {
            Subset = RowFilter.Rows(data, "year >= 1995 & !is.na(polity2_min)"),
            Vcov = VcovSpec.Parse("cluster:ccode1^ccode2"),
        };
        var r = Fit.Model(ModelKind.Ols, data, "gmlmidonset ~ gmlmidspell + I(conttype > 0) + l(cinc1, 1) + f(cinc2, 2)", options);
        Assert.Equal((int)e.Num("nobs"), r.Nobs);
        Assert.Equal(e.GetProperty("names").EnumerateArray().Select(x => x.GetString()), r.TermNames);
        Near(e, "coef", r.Estimates, 1e-8);
        Near(e, "se_cluster_dyad", r.StdErrors(), 1e-8);
    }

    private static void Near(JsonElement e, string key, IReadOnlyList<double> actual, double rel)
    {
        var expected = e.GetProperty(key).EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(expected.Length, actual.Count);
        for (var j = 0; j < expected.Length; j++)
        {
            GoldenData.Near(expected[j], actual[j], rel, $"{key}[{j}]");
        }
    }
}
