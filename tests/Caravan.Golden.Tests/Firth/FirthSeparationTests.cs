using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.Firth;

/// <summary>
/// Quasi-complete separation (firth_separation.csv: every observation with sep = 1 has y = 1):
/// ML diverges, Firth stays finite. Expected/firth_separation.json from Reference/firth_reference.R
/// (brglm2 + base-R profile likelihood). Tolerances as in <see cref="FirthSex2Tests"/>.
/// </summary>
public sealed class FirthSeparationTests
{
    private static readonly string[] Regressors = ["sep", "x1", "x2", "x3"];

    [Fact]
    public void Firth_estimates_are_finite_and_match_the_reference()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/firth_separation.csv");
        var e = PenalGolden.Expected("Expected/firth_separation.json");
        string[] terms = ["(Intercept)", .. Regressors];
        var fit = FirthEstimator.Fit(PenalGolden.Design(frame, Regressors), terms, frame.Numeric("y").Values, FirthOptions.Default);
        var k = fit.Coefficients.Length;
        Assert.True(fit.Converged);
        PenalGolden.AllClose(e.Doubles("coefficients"), fit.Coefficients, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se"), [.. Enumerable.Range(0, k).Select(j => Math.Sqrt(fit.Covariance[j * k + j]))], 1e-4, "se");
        var lo = e.Doubles("ci_lower");
        var hi = e.Doubles("ci_upper");
        for (var j = 0; j < k; j++)
        {
            Assert.True(double.IsFinite(fit.Details.ConfLow[j]) && double.IsFinite(fit.Details.ConfHigh[j]));
            PenalGolden.CloseAbs(lo[j], fit.Details.ConfLow[j], 1e-7, $"ci_lower[{j}]");
            PenalGolden.CloseAbs(hi[j], fit.Details.ConfHigh[j], 1e-7, $"ci_upper[{j}]");
        }

        PenalGolden.AllClose(e.Doubles("p_values"), fit.Details.PValues, 1e-6, "p");
        PenalGolden.Close(e.Double("lr_statistic"), fit.Details.LikelihoodRatio, 1e-7, "LR");
    }
}
