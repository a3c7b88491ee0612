using Caravan.Core.Frames;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Tests.Estimators;

public class SeparationTests
{
    /// <summary>A dummy d with y = 0 whenever d = 1 separates those rows: they are dropped and listed, d is removed, and x is estimated on the rest.</summary>
    [Fact]
    public void Poisson_rows_separated_by_a_dummy_are_dropped_and_listed()
    {
        var d0 = TestFrames.Panel(300, 11);
        var n = d0.RowCount;
        var x = d0.Numeric("x").Values;
        var count = (double[])d0.Numeric("count").Values.Clone();
        var dummy = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (i % 7 == 0)
            {
                dummy[i] = 1;
                count[i] = 0;
            }
        }

        var data = d0.With(new NumericColumn("count", count)).With(new NumericColumn("d", dummy));
        var r = Fit.Poisson(data, "count ~ x + d");
        var sep = Assert.Single(r.Dropped, x => x.Reason == DropReason.SeparatedByRegressors);
        Assert.Equal(Enumerable.Range(0, n).Where(i => i % 7 == 0), sep.Rows);
        Assert.Equal(["d"], r.DroppedTerms);
        Assert.True(r.Converged);

        var keep = Enumerable.Range(0, n).Where(i => i % 7 != 0).ToArray();
        var sub = new Frame([
            new NumericColumn("count", keep.Select(i => count[i]).ToArray()),
            new NumericColumn("x", keep.Select(i => x[i]).ToArray())]);
        var expected = Fit.Poisson(sub, "count ~ x");
        Assert.Equal(expected.Estimates[1], r.Estimates[1], 8);
    }

    [Fact]
    public void No_false_positives_without_separation()
    {
        var r = Fit.Poisson(TestFrames.Panel(), "count ~ x + z | g");
        Assert.DoesNotContain(r.Dropped, x => x.Reason == DropReason.SeparatedByRegressors);
    }
}
