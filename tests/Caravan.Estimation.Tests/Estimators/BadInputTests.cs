using Caravan.Core.Frames;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>Every bad input gets a clear error or a documented note — never a crash or a silent NaN.</summary>
public class BadInputTests
{
    private static readonly Frame Data = TestFrames.Panel();

    [Fact]
    public void Missing_column_lists_close_names()
    {
        var e = Assert.Throws<EstimationException>(() => Fit.Ols(Data, "y ~ xx + z"));
        Assert.Contains("No column 'xx'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean: x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_outcome_is_rejected()
    {
        var e = Assert.Throws<EstimationException>(() => Fit.Ols(Data, "g ~ x"));
        Assert.Contains("outcome 'g' is a text column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_outcome_for_poisson_names_the_row()
    {
        var e = Assert.Throws<EstimationException>(() => Fit.Poisson(Data, "y ~ x"));
        Assert.Matches("non-negative outcome; row [0-9]+ has -", e.Message);
    }

    [Fact]
    public void All_zero_outcome_for_poisson()
    {
        var d = Data.With(new NumericColumn("zero", new double[Data.RowCount]));
        var e = Assert.Throws<EstimationException>(() => Fit.Poisson(d, "zero ~ x"));
        Assert.Contains("zero for every observation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_outcome()
    {
        var d = Data.With(new NumericColumn("c", Enumerable.Repeat(3.0, Data.RowCount).ToArray()));
        var e = Assert.Throws<EstimationException>(() => Fit.Ols(d, "c ~ x"));
        Assert.Contains("constant (3)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_binary_outcome_for_logit()
    {
        var e = Assert.Throws<EstimationException>(() => Fit.Logit(Data, "count ~ x"));
        Assert.Contains("0/1 outcome", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_regressor_is_dropped_with_a_note()
    {
        var d = Data.With(new NumericColumn("k", Enumerable.Repeat(2.0, Data.RowCount).ToArray()));
        var r = Fit.Ols(d, "y ~ x + k + z");
        Assert.Equal(["(Intercept)", "x", "z"], r.TermNames);
        Assert.Equal(["k"], r.DroppedTerms);
        Assert.Contains(r.Notes, n => n.Contains("'k' has been removed", StringComparison.Ordinal));
        Assert.All(r.StdErrors(), s => Assert.True(double.IsFinite(s)));
    }

    [Fact]
    public void Regressor_absorbed_by_fixed_effect_is_dropped()
    {
        var gnum = Data.Text("g").Values.Select(s => double.Parse(s![1..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var d = Data.With(new NumericColumn("gnum", gnum));
        var r = Fit.Ols(d, "y ~ x + gnum | g");
        Assert.Equal(["x"], r.TermNames);
        Assert.Contains(r.Notes, n => n.Contains("'gnum' has been removed (constant or absorbed by the fixed effects)", StringComparison.Ordinal));
    }

    [Fact]
    public void Perfect_separation_in_logit_is_reported_loudly()
    {
        var x = Data.Numeric("x").Values;
        var d = Data.With(new NumericColumn("sep", x.Select(v => v > 1 ? 1.0 : 0.0).ToArray()));
        var r = Fit.Logit(d, "sep ~ x + z");
        Assert.Contains(r.Notes, n => n.StartsWith("WARNING", StringComparison.Ordinal) && (n.Contains("separated", StringComparison.Ordinal) || n.Contains("NOT converge", StringComparison.Ordinal)));
    }

    [Fact]
    public void Single_group_cluster_is_an_error()
    {
        var d = Data.With(new TextColumn("one", Enumerable.Repeat<string?>("a", Data.RowCount).ToArray()));
        var r = Fit.Ols(d, "y ~ x");
        var e = Assert.Throws<EstimationException>(() => r.WithVcov(new VcovSpec.Cluster("one")));
        Assert.Contains("single group", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_are_dropped_listwise_and_counted()
    {
        var x = (double[])Data.Numeric("x").Values.Clone();
        x[3] = double.NaN;
        x[10] = double.NaN;
        var z = (double[])Data.Numeric("z").Values.Clone();
        z[0] = -1; // log(-1) is NaN: dropped as well
        var d = Data.With(new NumericColumn("x", x)).With(new NumericColumn("z", z));
        var r = Fit.Ols(d, "y ~ x + log(z + 0.5)");
        Assert.Equal(Data.RowCount - 3, r.Nobs);
        var miss = Assert.Single(r.Dropped, x => x.Reason == DropReason.Missing);
        Assert.Equal([0, 3, 10], miss.Rows);
    }

    [Fact]
    public void Singletons_are_removed_iteratively_and_listed()
    {
        var fe = Enumerable.Range(0, Data.RowCount).Select(i => i < 3 ? $"s{i}" : "big" + (i % 4)).Select(s => (string?)s).ToArray();
        var d = Data.With(new TextColumn("fe", fe));
        var r = Fit.Ols(d, "y ~ x | fe");
        var s = Assert.Single(r.Dropped, x => x.Reason == DropReason.Singleton);
        Assert.Equal([0, 1, 2], s.Rows);
        Assert.Equal(Data.RowCount - 3, r.Nobs);
    }

    [Fact]
    public void Poisson_all_zero_fixed_effect_group_is_separated_and_listed()
    {
        var count = (double[])Data.Numeric("count").Values.Clone();
        var g = Data.Text("g").Values;
        for (var i = 0; i < count.Length; i++)
        {
            if (g[i] == "g2")
            {
                count[i] = 0;
            }
        }

        var r = Fit.Poisson(Data.With(new NumericColumn("count", count)), "count ~ x | g");
        var s = Assert.Single(r.Dropped, x => x.Reason == DropReason.SeparatedByFixedEffect);
        Assert.Equal(Data.RowCount / 5, s.Count);
    }

    [Fact]
    public void Text_regressor_becomes_a_factor_with_first_level_as_reference()
    {
        var r = Fit.Ols(Data, "y ~ x + g");
        Assert.Equal(["(Intercept)", "x", "gg1", "gg2", "gg3", "gg4"], r.TermNames);
        var i = Fit.Ols(Data, "y ~ x + i(g, ref=\"g2\")");
        Assert.Equal(["(Intercept)", "x", "g::g0", "g::g1", "g::g3", "g::g4"], i.TermNames);
    }

    [Fact]
    public void Peace_year_helpers_expand()
    {
        var r = Fit.Logit(Data, "bin ~ x + cubic(t) + bkt(t, knots = c(5, 15, 25, 35))");
        // bkt's linear term is the same column as cubic's t: kept once (deduplicated by name).
        Assert.Equal(["(Intercept)", "x", "t", "t^2", "t^3", "bkt(t)1", "bkt(t)2"], r.TermNames);
    }
}
