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
        var fit = FirthEstimator.Fit(PenalGolden.Design(frame, Regressors), terms, frame.Numeric("y").Values, FirthOptions.Default with { Variance = FirthVariance.Information });
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

    [Fact]
    public void Flic_and_Flac_under_separation_match_the_reference()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/firth_separation.csv");
        var e = PenalGolden.Expected("Expected/firth_separation.json");
        string[] terms = ["(Intercept)", .. Regressors];
        var x = PenalGolden.Design(frame, Regressors);
        var y = frame.Numeric("y").Values;
        var flic = FirthEstimator.Fit(x, terms, y, FirthOptions.Default with { Correction = FirthCorrection.Flic });
        PenalGolden.Close(e.Double("flic_intercept"), flic.Coefficients[0], 1e-6, "FLIC intercept");
        PenalGolden.Close(e.Double("flic_intercept_se"), Math.Sqrt(flic.Covariance[0]), 1e-4, "FLIC intercept SE");
        var flac = FirthEstimator.Fit(x, terms, y, FirthOptions.Default with { Correction = FirthCorrection.Flac });
        var k = flac.Coefficients.Length;
        PenalGolden.AllClose(e.Doubles("flac_coefficients"), flac.Coefficients, 1e-6, "FLAC coef");
        PenalGolden.AllClose(e.Doubles("flac_se"), [.. Enumerable.Range(0, k).Select(j => Math.Sqrt(flac.Covariance[j * k + j]))], 1e-4, "FLAC se");
        var lo = e.Doubles("flac_ci_lower");
        var hi = e.Doubles("flac_ci_upper");
        for (var j = 0; j < k; j++)
        {
            PenalGolden.CloseAbs(lo[j], flac.Details.ConfLow[j], 1e-7, $"FLAC ci_lower[{j}]");
            PenalGolden.CloseAbs(hi[j], flac.Details.ConfHigh[j], 1e-7, $"FLAC ci_upper[{j}]");
        }
    }
}
