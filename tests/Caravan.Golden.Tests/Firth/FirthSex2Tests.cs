using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.Firth;

/// <summary>
/// Firth logit on logistf's sex2 data against Expected/firth_sex2.json, produced by
/// Reference/firth_reference.R (brglm2 for estimates/SEs; base-R profile penalised likelihood for
/// CIs, LR tests; cross-checked there against logistf's published coefficients and log-likelihoods).
/// Tolerances: coefficients 1e-6 relative, SEs 1e-4 relative (we meet 1e-7), CI limits 1e-7 absolute
/// (both sides solve to ≤1e-10), χ² 1e-6 relative.
/// </summary>
public sealed class FirthSex2Tests
{
    private static readonly string[] Regressors = ["age", "oc", "vic", "vicl", "vis", "dia"];

    private static FirthOutcome Run(FirthOptions options, out System.Text.Json.JsonElement expected)
    {
        var frame = PenalGolden.ReadNumericCsv("Data/sex2.csv");
        expected = PenalGolden.Expected("Expected/firth_sex2.json");
        string[] terms = ["(Intercept)", .. Regressors];
        // The reference SEs are the inverse information (brglm2); logistf >= 1.24's default is checked in LogistfVarianceTests.
        return FirthEstimator.Fit(PenalGolden.Design(frame, Regressors), terms, frame.Numeric("case").Values, options with { Variance = FirthVariance.Information });
    }

    [Fact]
    public void Coefficients_SEs_ProfileCIs_and_LR_tests_match_logistf_conventions()
    {
        var fit = Run(FirthOptions.Default, out var e);
        var k = fit.Coefficients.Length;
        PenalGolden.AllClose(e.Doubles("coefficients"), fit.Coefficients, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se"), [.. Enumerable.Range(0, k).Select(j => Math.Sqrt(fit.Covariance[j * k + j]))], 1e-4, "se");
        var lo = e.Doubles("ci_lower");
        var hi = e.Doubles("ci_upper");
        for (var j = 0; j < k; j++)
        {
            PenalGolden.CloseAbs(lo[j], fit.Details.ConfLow[j], 1e-7, $"ci_lower[{j}]");
            PenalGolden.CloseAbs(hi[j], fit.Details.ConfHigh[j], 1e-7, $"ci_upper[{j}]");
        }

        PenalGolden.AllClose(e.Doubles("chisq"), fit.Details.ChiSquare, 1e-6, "chisq");
        PenalGolden.AllClose(e.Doubles("p_values"), fit.Details.PValues, 1e-6, "p");
        PenalGolden.Close(e.Double("loglik_full"), fit.Details.LogLikFull, 1e-9, "loglik full");
        PenalGolden.Close(e.Double("loglik_null"), fit.Details.LogLikNull, 1e-9, "loglik null");
        PenalGolden.Close(e.Double("lr_statistic"), fit.Details.LikelihoodRatio, 1e-7, "LR");
        PenalGolden.Close(e.Double("lr_p"), fit.Details.LikelihoodRatioP, 1e-6, "LR p");
        Assert.Equal(6, fit.Details.LikelihoodRatioDf);
    }

    [Fact]
    public void Published_logistf_coefficients_to_the_printed_digits()
    {
        // logistf tests/testthat/test-basic.R; logistf stops at xconv = 1e-4, so agreement is ~1e-6.
        double[] published = [0.12025404, -1.10598130, -0.06881673, 2.26887464, -2.11140816, -0.78831694, 3.09601263];
        var fit = Run(FirthOptions.Default, out _);
        for (var j = 0; j < published.Length; j++)
        {
            PenalGolden.CloseAbs(published[j], fit.Coefficients[j], 1e-6, $"coef[{j}]");
        }
    }

    [Fact]
    public void Flic_reestimates_only_the_intercept()
    {
        var fit = Run(FirthOptions.Default with { Correction = FirthCorrection.Flic }, out var e);
        PenalGolden.Close(e.Double("flic_intercept"), fit.Coefficients[0], 1e-6, "FLIC intercept");
        PenalGolden.Close(e.Double("flic_intercept_se"), Math.Sqrt(fit.Covariance[0]), 1e-4, "FLIC intercept SE");
        PenalGolden.Close(e.Double("flic_intercept_p"), fit.Details.PValues[0], 1e-6, "FLIC intercept p");
        var coef = e.Doubles("coefficients");
        for (var j = 1; j < coef.Length; j++)
        {
            PenalGolden.Close(coef[j], fit.Coefficients[j], 1e-6, $"FLIC slope[{j}]");
        }

        // FLIC's defining property: mean predicted probability equals the observed event rate.
        var frame = PenalGolden.ReadNumericCsv("Data/sex2.csv");
        Assert.Equal(frame.Numeric("case").Values.Average(), fit.Fitted.Average(), 10);
    }

    [Fact]
    public void Flac_matches_ML_on_the_augmented_data()
    {
        var fit = Run(FirthOptions.Default with { Correction = FirthCorrection.Flac }, out var e);
        var k = fit.Coefficients.Length;
        PenalGolden.AllClose(e.Doubles("flac_coefficients"), fit.Coefficients, 1e-6, "FLAC coef");
        PenalGolden.AllClose(e.Doubles("flac_se"), [.. Enumerable.Range(0, k).Select(j => Math.Sqrt(fit.Covariance[j * k + j]))], 1e-4, "FLAC se");
        var lo = e.Doubles("flac_ci_lower");
        var hi = e.Doubles("flac_ci_upper");
        for (var j = 0; j < k; j++)
        {
            PenalGolden.CloseAbs(lo[j], fit.Details.ConfLow[j], 1e-7, $"FLAC ci_lower[{j}]");
            PenalGolden.CloseAbs(hi[j], fit.Details.ConfHigh[j], 1e-7, $"FLAC ci_upper[{j}]");
        }

        PenalGolden.AllClose(e.Doubles("flac_p_values"), fit.Details.PValues, 1e-6, "FLAC p");
    }

    [Fact]
    public void Published_two_decimal_profile_intervals_and_chi_squares()
    {
        // logistf output on sex2 as printed by easystats/parameters (tests/testthat/_snaps/windows/
        // model_parameters.logistf.md): 95% profile-likelihood CI and Chi2(1), 2 decimals, p 3 decimals.
        // (Its SE column, 0.48/0.41/..., is not logistf's var and is not compared; see brglm2 above.)
        double[] lo = [-0.82, -1.97, -0.94, 1.27, -3.26, -1.61, 0.77];
        double[] hi = [1.07, -0.31, 0.79, 3.44, -1.12, 0.02, 8.03];
        double[] chi = [0.06, 7.51, 0.02, 22.93, 19.10, 3.70, 7.90];
        double[] p = [0.802, 0.006, 0.875, double.NaN, double.NaN, 0.054, 0.005];
        var fit = Run(FirthOptions.Default, out _);
        for (var j = 0; j < lo.Length; j++)
        {
            PenalGolden.CloseAbs(lo[j], fit.Details.ConfLow[j], 0.005 + 1e-9, $"lower[{j}]");
            PenalGolden.CloseAbs(hi[j], fit.Details.ConfHigh[j], 0.005 + 1e-9, $"upper[{j}]");
            PenalGolden.CloseAbs(chi[j], fit.Details.ChiSquare[j], 0.005 + 1e-9, $"chisq[{j}]");
            if (double.IsNaN(p[j]))
            {
                Assert.True(fit.Details.PValues[j] < 0.001);
            }
            else
            {
                PenalGolden.CloseAbs(p[j], fit.Details.PValues[j], 0.0005 + 1e-9, $"p[{j}]");
            }
        }
    }
}
