using Caravan.Core.Frames;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Tests.Formula;

/// <summary>Formulas on the one expression grammar: labels as written, R's model-frame missingness, depth bound, clusters on a^b.</summary>
public class FormulaExpressionTests
{
    [Fact]
    public void Term_labels_print_as_written_with_their_parentheses()
    {
        var f = FormulaParser.Parse("y ~ I((x+z)/2) + ifelse(x>1, z, 0) + pmin(x, z) + I(x > 1)");
        Assert.Equal(["I((x + z)/2)", "ifelse(x > 1, z, 0)", "pmin(x, z)", "I(x > 1)"], f.Terms.Select(t => t.ToString()));
        var r = Fit.Ols(TestFrames.Panel(), "y ~ I((x+z)/2) + x");
        Assert.Equal(["(Intercept)", "I((x + z)/2)", "x"], r.TermNames);
    }

    [Fact]
    public void Is_na_and_ifelse_keep_the_rows_where_the_variable_is_missing()
    {
        var p = TestFrames.Panel();
        var z = p.Numeric("z").Values.ToArray();
        for (var i = 0; i < z.Length; i += 4)
        {
            z[i] = double.NaN;
        }

        var frame = p.With(new NumericColumn("z", z));
        var plain = Fit.Ols(frame, "y ~ x + z");
        Assert.Equal(150, plain.Nobs);
        var filled = Fit.Ols(frame, "y ~ x + ifelse(is.na(z), 0, z) + is.na(z)");
        Assert.Equal(200, filled.Nobs);
        Assert.Equal(["(Intercept)", "x", "ifelse(is.na(z), 0, z)", "is.na(z)"], filled.TermNames);

        // The same model with the columns made by hand.
        var zf = z.Select(v => double.IsNaN(v) ? 0 : v).ToArray();
        var zm = z.Select(v => double.IsNaN(v) ? 1.0 : 0.0).ToArray();
        var byHand = Fit.Ols(frame.With(new NumericColumn("zf", zf)).With(new NumericColumn("zm", zm)), "y ~ x + zf + zm");
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(byHand.Estimates[j], filled.Estimates[j], 1e-12);
        }
    }

    [Fact]
    public void Lags_in_a_formula_use_the_panel_options()
    {
        // g is the unit, t the time: l(x, 1) is x of the same g one t earlier (missing in the first period).
        var p = TestFrames.Panel();
        var r = Fit.Ols(p, "y ~ l(x, 1)", new FitOptions { PanelId = "g", TimeVar = "t" });
        Assert.Equal(195, r.Nobs);
        var x = p.Numeric("x").Values;
        var lag = x.Select((v, i) => i < 5 ? double.NaN : x[i - 5]).ToArray();
        var byHand = Fit.Ols(p.With(new NumericColumn("lx", lag)), "y ~ lx");
        Assert.Equal(byHand.Estimates[1], r.Estimates[1], 1e-12);
    }

    [Fact]
    public void Subset_rows_are_outside_the_sample_but_lags_still_see_them()
    {
        var p = TestFrames.Panel();
        var keep = Enumerable.Range(0, p.RowCount).Select(i => p.Numeric("t").Values[i] > 10).ToArray();
        var r = Fit.Ols(p, "y ~ l(x, 1)", new FitOptions { PanelId = "g", TimeVar = "t", Subset = keep });
        Assert.Equal(150, r.Nobs); // t = 11..40, and l(x, 1) at t = 11 comes from t = 10 (outside the subset)
        Assert.DoesNotContain(r.Notes, n => n.Contains("NA values", StringComparison.Ordinal));
    }

    [Fact]
    public void A_formula_nested_15000_deep_is_a_clear_error()
    {
        var deep = "y ~ " + string.Concat(Enumerable.Repeat("log(", 15_000)) + "x" + new string(')', 15_000);
        var e = Assert.Throws<EstimationException>(() => FormulaParser.Parse(deep));
        Assert.StartsWith("Formula position", e.Message, StringComparison.Ordinal);
        Assert.Contains("nested more than", e.Message, StringComparison.Ordinal);
        var wide = "y ~ I(" + string.Join("+", Enumerable.Repeat("x", 60_000)) + ")";
        Assert.Throws<EstimationException>(() => FormulaParser.Parse(wide));
    }

    [Fact]
    public void Cluster_on_a_combination_equals_cluster_on_the_combined_column()
    {
        var p = TestFrames.Panel();
        var half = p.Numeric("t").Values.Select(t => t % 2).ToArray();
        var frame = p.With(new NumericColumn("h", half))
            .With(new TextColumn("gh", p.Text("g").Values.Zip(half, (g, h) => $"{g}-{h}").ToArray()));
        var fit = Fit.Ols(frame, "y ~ x + z");
        var combo = fit.WithVcov(VcovSpec.Parse("cluster:g^h")).StdErrors();
        var byHand = fit.WithVcov(VcovSpec.Parse("cluster:gh")).StdErrors();
        var plain = fit.WithVcov(VcovSpec.Parse("cluster:g")).StdErrors();
        Assert.Equal(byHand, combo);
        Assert.NotEqual(plain, combo);
        Assert.Equal("Clustered (g^h)", fit.WithVcov(VcovSpec.Parse("cluster:g^h")).VcovLabel);

        var tw = fit.WithVcov(VcovSpec.Parse("twoway:g^h+t")).StdErrors();
        var twHand = fit.WithVcov(VcovSpec.Parse("twoway:gh+t")).StdErrors();
        Assert.Equal(twHand, tw);
    }
}
