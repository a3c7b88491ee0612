using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.Firth;

/// <summary>
/// Firth standard errors as logistf 1.26.1 reports them (Reference/logistf_variance.R, run against the real
/// logistf): by default the augmented-data information inverse; on request the plain inverse information
/// (logistf &lt; 1.24). SEs and Wald limits 1e-8 relative, Wald p-values 1e-7.
/// </summary>
public sealed class LogistfVarianceTests
{
    private static readonly string[] Regressors = ["age", "oc", "vic", "vicl", "vis", "dia"];

    private static FirthOutcome Run(FirthOptions options)
    {
        var frame = PenalGolden.ReadNumericCsv("Data/sex2.csv");
        return FirthEstimator.Fit(PenalGolden.Design(frame, Regressors), ["(Intercept)", .. Regressors], frame.Numeric("case").Values, options);
    }

    private static double[] Se(FirthOutcome f)
    {
        var k = f.Coefficients.Length;
        return [.. Enumerable.Range(0, k).Select(j => Math.Sqrt(f.Covariance[(j * k) + j]))];
    }

    [Fact]
    public void Default_standard_errors_are_logistf_1_24s()
    {
        var e = PenalGolden.Expected("Expected/logistf_variance.json");
        var fit = Run(FirthOptions.Default);
        PenalGolden.AllClose(e.Doubles("coef"), fit.Coefficients, 1e-8, "coef");
        PenalGolden.AllClose(e.Doubles("se_logistf"), Se(fit), 1e-8, "se (augmented)");
        PenalGolden.AllClose(e.Doubles("se_information"), Se(Run(FirthOptions.Default with { Variance = FirthVariance.Information })), 1e-8, "se (information)");

        var wald = Run(FirthOptions.Default with { ProfileLikelihood = false });
        PenalGolden.AllClose(e.Doubles("wald_lower"), wald.Details.ConfLow, 1e-8, "wald lower");
        PenalGolden.AllClose(e.Doubles("wald_upper"), wald.Details.ConfHigh, 1e-8, "wald upper");
        PenalGolden.AllClose(e.Doubles("wald_p"), wald.Details.PValues, 1e-7, "wald p");
    }
}
