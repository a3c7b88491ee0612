using Caravan.Core.Frames;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>The note on dropped rows names the variables that were missing (and those not finite after transformation).</summary>
public sealed class MissingNoteTests
{
    [Fact]
    public void Names_each_missing_variable_with_its_count()
    {
        double[] y = [1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10.5];
        double[] x = [1, double.NaN, double.NaN, 3, 0, 2, 5, 1, 4, 2];
        double[] z = [0.5, 1, 2, 2, 3, 1, 0.1, 2, 3, 1];
        string?[] g = ["a", "b", "a", null, "b", "a", "b", "a", "b", "a"];
        var frame = new Frame([new NumericColumn("y", y), new NumericColumn("x", x), new NumericColumn("z", z), new TextColumn("g", g)]);
        var fit = Fit.Ols(frame, "y ~ log(x) + z | g", FitOptions.Default with { RemoveSingletons = false });
        var note = Assert.Single(fit.Notes, n => n.Contains("NA values", StringComparison.Ordinal));
        // Rows 1, 2 (x), 2 (y), 3 (g) missing; row 4 has log(0).
        // A term that reads one variable (log(x)) is named by that variable; the non-finite part names the term.
        Assert.Equal("4 observations removed because of NA values (y: 1, x: 2, g: 1; 1 not finite after transformation, e.g. log(0): log(x): 1).", note);
        Assert.Equal(6, fit.Nobs);
    }
}
