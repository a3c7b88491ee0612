using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Results;

namespace Caravan.Reporting.Tests.Tables;

/// <summary>
/// Two small models fitted on a deterministic synthetic frame (only the rendering is under test):
/// an OLS with a fixed effect "Origin_id" and a term whose name needs escaping, and a Firth logit.
/// </summary>
internal static class TableFixtures
{
    public static Frame Data()
    {
        const int n = 60;
        var x = new double[n];
        var z = new double[n];
        var y = new double[n];
        var b = new double[n];
        var g = new string?[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Sin(i * 0.7) * 2;
            z[i] = Math.Cos(i * 1.3);
            g[i] = "g" + (i % 4);
            y[i] = 1 + (0.5 * x[i]) - (0.3 * z[i]) + (i % 4) + (0.2 * Math.Sin(i * 3.1));
            b[i] = (x[i] + (0.8 * Math.Sin(i * 2.3))) > 0 ? 1 : 0;
        }

        return new Frame(
        [
            new NumericColumn("y", y), new NumericColumn("x_1", x), new NumericColumn("z", z),
            new NumericColumn("b", b), new TextColumn("Origin_id", g),
        ]);
    }

    public static IReadOnlyList<FitResult> TwoModels()
    {
        var d = Data();
        return [Fit.Ols(d, "y ~ x_1 + z | Origin_id"), Fit.Firth(d, "b ~ x_1 + z")];
    }
}
