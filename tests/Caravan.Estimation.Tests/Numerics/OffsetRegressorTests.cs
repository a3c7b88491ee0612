using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Tests.Numerics;

/// <summary>
/// Issue 12: a regressor with a large offset (xo = x + 1e5 or x + 1e7, sd 1) is estimated, not dropped as
/// collinear with the intercept, and its estimates match R's lm/glm. Reference: Reference/offset_regressor.R
/// (R 4, stats::lm and glm) wrote offset_regressor.csv and offset_regressor.expected.csv.
/// Tolerance: relative 1e-7 on estimates and standard errors (R's QR and Caravan's centred Cholesky both
/// lose about log10(offset/sd) digits to the representation of xo itself: xo holds 15 significant digits).
/// </summary>
public class OffsetRegressorTests
{
    private static string Ref(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", file);

    private static Frame Data()
    {
        var lines = File.ReadAllLines(Ref("offset_regressor.csv"));
        var header = lines[0].Split(',');
        var cols = header.Select(_ => new List<double>()).ToArray();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            for (var j = 0; j < f.Length; j++)
            {
                cols[j].Add(double.Parse(f[j], CultureInfo.InvariantCulture));
            }
        }

        return new Frame(header.Select((h, j) => (Column)new NumericColumn(h, [.. cols[j]])));
    }

    private static Dictionary<(string Model, string Term), (double Estimate, double StdError)> Expected() =>
        File.ReadAllLines(Ref("offset_regressor.expected.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => (double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("ols_xo", "y ~ xo")]
    [InlineData("ols_x7", "y ~ x7")]
    [InlineData("logit_xo", "yb ~ xo")]
    public void Matches_R(string model, string formula)
    {
        var options = new FitOptions { Vcov = new VcovSpec.Iid() };
        var fit = model.StartsWith("logit", StringComparison.Ordinal) ? Fit.Logit(Data(), formula, options) : Fit.Ols(Data(), formula, options);
        var expected = Expected().Where(kv => kv.Key.Model == model).ToList();
        var rows = fit.Coefficients();
        // GLM iid SEs carry fixest's small-sample factor (n−1)/(n−K) (see the Estimation README); R's glm has none.
        var factor = model.StartsWith("logit", StringComparison.Ordinal) ? Math.Sqrt((fit.Nobs - 1.0) / (fit.Nobs - rows.Count)) : 1.0;
        Assert.Equal(expected.Count, rows.Count);
        foreach (var ((_, term), (estimate, se)) in expected)
        {
            var row = rows.Single(r => r.Term == term);
            Assert.True(Math.Abs(row.Estimate - estimate) <= 1e-7 * Math.Abs(estimate), $"{model} {term}: {row.Estimate:R} vs R {estimate:R}");
            Assert.True(Math.Abs((row.StdError / factor) - se) <= 1e-7 * se, $"{model} {term} SE: {row.StdError:R} vs R {se:R}");
        }
    }
}
