using Caravan.Core.Frames;
using Caravan.Estimation.Estimators;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>The rank certificate that lets a Poisson fit skip the iterative rectifier: it must never clear a separated sample.</summary>
public class SeparationCertificateTests
{
    private static Sample SampleOf(Frame data, string formula) =>
        SampleBuilder.Build(ModelKind.Poisson, data, FormulaParser.Parse(formula), FitOptions.Default);

    [Theory]
    [InlineData("count ~ x + z")]
    [InlineData("count ~ x + z | g")]
    [InlineData("count ~ x | g + t5")]
    public void Clears_samples_without_separation(string formula)
    {
        var d = TestFrames.Panel(400, 3);
        var t5 = d.Numeric("t").Values.Select(v => Math.Floor(v / 5)).ToArray();
        var s = SampleOf(d.With(new NumericColumn("t5", t5)), formula);
        Assert.True(SeparationCertificate.NoSeparation(s, FitOptions.Default, 2));
    }

    /// <summary>A dummy that is 0 on every row with y &gt; 0 separates: the certificate must not clear it (the rectifier then finds the rows).</summary>
    [Fact]
    public void Does_not_clear_a_dummy_that_separates()
    {
        var d0 = TestFrames.Panel(300, 11);
        var count = (double[])d0.Numeric("count").Values.Clone();
        var dummy = new double[d0.RowCount];
        for (var i = 0; i < dummy.Length; i += 7)
        {
            dummy[i] = 1;
            count[i] = 0;
        }

        var s = SampleOf(d0.With(new NumericColumn("count", count)).With(new NumericColumn("d", dummy)), "count ~ x + d");
        Assert.False(SeparationCertificate.NoSeparation(s, FitOptions.Default, 2));
    }

    /// <summary>
    /// Two fixed effects whose levels are joined only through zero-outcome rows: α(a1) = 1, α(b1) = −1 is 0 on every
    /// positive row and 1 on the (a1, b2) rows, which are separated. Each level has positive rows, so only the
    /// component count can tell; the certificate must refuse and the fit must drop exactly those rows.
    /// </summary>
    [Fact]
    public void Does_not_clear_fixed_effects_joined_only_by_zero_rows()
    {
        var rng = new Random(5);
        var a = new List<string?>();
        var b = new List<string?>();
        var y = new List<double>();
        var x = new List<double>();
        void Add(string ai, string bi, double yi)
        {
            a.Add(ai);
            b.Add(bi);
            y.Add(yi);
            x.Add(rng.NextDouble());
        }

        for (var r = 0; r < 20; r++)
        {
            Add("a1", "b1", 1 + (r % 3));
            Add("a2", "b2", 1 + (r % 4));
            Add("a1", "b1", 0);
            Add("a2", "b2", 0);
            Add("a1", "b2", 0);
        }

        var data = new Frame([new TextColumn("a", a.ToArray()), new TextColumn("b", b.ToArray()),
            new NumericColumn("y", y.ToArray()), new NumericColumn("x", x.ToArray())]);
        var s = SampleOf(data, "y ~ x | a + b");
        Assert.False(SeparationCertificate.NoSeparation(s, FitOptions.Default, 2));

        var fit = Fit.Poisson(data, "y ~ x | a + b");
        var sep = Assert.Single(fit.Dropped, r => r.Reason == DropReason.SeparatedByRegressors);
        Assert.Equal(Enumerable.Range(0, a.Count).Where(i => i % 5 == 4), sep.Rows);
    }
}
