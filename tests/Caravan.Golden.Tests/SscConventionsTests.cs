using Xunit.Abstractions;
using System.Text.Json;
using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests;

/// <summary>
/// Small-sample conventions against R (Reference/ssc_conventions.R → Expected/ssc_conventions.json, on the
/// simulated panel Data/ssc_panel.csv.gz): fixest 0.12.1's <c>ssc()</c> switches on OLS, Poisson and logit with
/// two fixed effects (and OLS with region nested in firm) under iid, hetero, one-way (nested and not), two-way, Newey–West and Driscoll–Kraay (324
/// cases; SEs to 1e-8 relative, t df exactly), and Stata's rules reproduced with sandwich (15 cases; 1e-7: glm at
/// epsilon 1e-14 and Caravan at 1e-12 stop at different iterates, largest observed 4e-8; fixest cases largest 4.3e-10).
/// </summary>
public sealed class SscConventionsTests(ITestOutputHelper output)
{
    private static readonly JsonElement E = Expected.Load("ssc_conventions");

    private static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(v => v.GetDouble())];

    private static FitResult FitModel(string model, string formula, double tolerance = 1e-8) => Fit.Model(
        model switch { "ols" or "ols_nested" => ModelKind.Ols, "poisson" => ModelKind.Poisson, _ => ModelKind.Logit },
        GoldenData.Load("ssc_panel"),
        formula,
        FitOptions.Default with { PanelId = "firm", TimeVar = "year", Tolerance = tolerance, FixedEffectTolerance = Math.Min(1e-6, tolerance) });

    [Theory]
    [InlineData("ols")]
    [InlineData("poisson")]
    [InlineData("logit")]
    [InlineData("ols_nested")]
    public void Every_fixest_ssc_switch_matches_fixest(string model)
    {
        var m = E.GetProperty("fixest").EnumerateArray().Single(x => x.GetProperty("model").GetString() == model);
        var fit = FitModel(model, m.GetProperty("formula").GetString()!);
        Assert.Equal(m.GetProperty("nobs").GetInt32(), fit.Nobs);
        var coef = Doubles(m.GetProperty("coef"));
        for (var j = 0; j < coef.Length; j++)
        {
            GoldenData.Near(coef[j], fit.Estimates[j], 1e-8, $"{model} coef {fit.TermNames[j]}");
        }

        var cases = 0;
        var worst = 0.0;
        foreach (var c in m.GetProperty("cases").EnumerateArray())
        {
            var what = $"{model} {c.GetProperty("vcov").GetString()} ssc({c.GetProperty("ssc").GetString()})";
            var spec = VcovSpec.Parse(c.GetProperty("vcov").GetString()!) with { Ssc = SmallSample.Parse(c.GetProperty("ssc").GetString()!) };
            var r = fit.WithVcov(spec);
            var se = r.StdErrors();
            var expected = Doubles(c.GetProperty("se"));
            for (var j = 0; j < expected.Length; j++)
            {
                GoldenData.Near(expected[j], se[j], 1e-8, $"{what} se {fit.TermNames[j]}");
                worst = Math.Max(worst, Math.Abs((se[j] / expected[j]) - 1));
            }

            Assert.True(c.GetProperty("df").GetDouble() == r.DegreesOfFreedom, $"{what}: df {r.DegreesOfFreedom}, fixest {c.GetProperty("df").GetDouble()}");
            cases++;
        }

        Assert.Equal(81, cases); // 9 ssc() settings × 9 variances
        output.WriteLine($"{model}: {cases} cases, largest relative SE difference from fixest {worst:E2}");
    }

    [Fact]
    public void Stata_convention_matches_the_published_rules_via_sandwich()
    {
        var n = 0;
        var worst = 0.0;
        foreach (var c in E.GetProperty("stata").EnumerateArray())
        {
            var model = c.GetProperty("model").GetString()!;
            var formula = c.GetProperty("formula").GetString()!;
            var vcov = c.GetProperty("vcov").GetString()!;
            var fit = FitModel(model, formula, 1e-12);
            var r = fit.WithVcov(VcovSpec.Parse(vcov) with { Ssc = new SmallSample.Stata() });
            var se = r.StdErrors();
            var expected = Doubles(c.GetProperty("se"));
            foreach (var (term, j) in new[] { "x1", "x2" }.Select((t, j) => (t, j)))
            {
                var i = fit.TermNames.ToList().IndexOf(term);
                GoldenData.Near(expected[j], se[i], 1e-7, $"Stata {model} {formula} {vcov} se {term}");
                worst = Math.Max(worst, Math.Abs((se[i] / expected[j]) - 1));
            }

            Assert.EndsWith(", Stata", r.VcovLabel, StringComparison.Ordinal);
            n++;
        }

        Assert.Equal(15, n);
        output.WriteLine($"Stata: {n} cases, largest relative SE difference from sandwich {worst:E2}");
    }

    [Fact]
    public void Stata_convention_refuses_Newey_West_and_conventions_parse_and_label()
    {
        var fit = FitModel("ols", "y ~ x1 + x2 | firm + year");
        var e = Assert.Throws<EstimationException>(() => fit.WithVcov(new VcovSpec.NeweyWest(2) { Ssc = new SmallSample.Stata() }));
        Assert.Contains("not defined under the Stata convention", e.Message, StringComparison.Ordinal);
        Assert.Equal("Clustered (firm)", fit.WithVcov(new VcovSpec.Cluster("firm")).VcovLabel);
        Assert.Equal("Clustered (firm), Stata", fit.WithVcov(new VcovSpec.Cluster("firm") { Ssc = SmallSample.Parse("stata") }).VcovLabel);
        Assert.Equal("IID, fixest ssc(adj = false, fixef.K = none)", fit.WithVcov(new VcovSpec.Iid() { Ssc = SmallSample.Parse("adj=F, fixef.K=\"none\"") }).VcovLabel);
        Assert.Equal(SmallSample.Default, SmallSample.Parse("adj=true,fixef.K=nested,cluster.adj=true,cluster.df=min,t.df=min"));
        Assert.Equal("adj=false,cluster.df=conventional", SmallSample.Parse("cluster.df=conventional,adj=false").Text);
        Assert.Contains("unknown switch 'k'", Assert.Throws<EstimationException>(() => SmallSample.Parse("k=1")).Message, StringComparison.Ordinal);
        Assert.Contains("fixef.K must be none, nested or full", Assert.Throws<EstimationException>(() => SmallSample.Parse("fixef.K=some")).Message, StringComparison.Ordinal);
        Assert.Equal("t.df=30", SmallSample.Parse("t.df = 30").Text);
        Assert.Equal("IID, fixest ssc(t.df = 30)", fit.WithVcov(new VcovSpec.Iid() { Ssc = SmallSample.Parse("t.df=30") }).VcovLabel);
        Assert.Contains("positive integer", Assert.Throws<EstimationException>(() => SmallSample.Parse("t.df=0")).Message, StringComparison.Ordinal);

        // FitOptions.SmallSample applies to the variance chosen at fit time (here the default, clustered by firm).
        var stata = Fit.Ols(GoldenData.Load("ssc_panel"), "y ~ x1 + x2 | firm + year", FitOptions.Default with { SmallSample = new SmallSample.Stata() });
        Assert.Equal("Clustered (firm), Stata", stata.VcovLabel);
    }

    [Fact]
    public void Time_series_Newey_West_default_lag_is_fixests_bwNeweyWest()
    {
        var n = 0;
        foreach (var c in E.GetProperty("timeseries").EnumerateArray())
        {
            var model = c.GetProperty("model").GetString()!;
            var fit = Fit.Model(
                model switch { "ols" => ModelKind.Ols, "poisson" => ModelKind.Poisson, _ => ModelKind.Logit },
                GoldenData.Load("nw_series"),
                c.GetProperty("formula").GetString()!,
                FitOptions.Default with { TimeVar = "t" });
            var what = $"{model} {c.GetProperty("vcov").GetString()} ssc({c.GetProperty("ssc").GetString()})";
            var r = fit.WithVcov(VcovSpec.Parse(c.GetProperty("vcov").GetString()!) with { Ssc = SmallSample.Parse(c.GetProperty("ssc").GetString()!) });
            var lag = c.GetProperty("lag").GetInt32();
            Assert.True(r.VcovSpec is VcovSpec.NeweyWest nw && nw.Lag == lag, $"{what}: lag {r.VcovSpec}, fixest {lag}");
            Assert.StartsWith($"Newey-West (L={lag})", r.VcovLabel, StringComparison.Ordinal);
            var expected = Doubles(c.GetProperty("se"));
            var se = r.StdErrors();
            for (var j = 0; j < expected.Length; j++)
            {
                GoldenData.Near(expected[j], se[j], 1e-8, $"{what} se {fit.TermNames[j]}");
            }

            Assert.Equal(c.GetProperty("df").GetDouble(), r.DegreesOfFreedom);
            n++;
        }

        Assert.Equal(12, n);
    }
}
