using Caravan.Estimation.Estimators;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>Firth engine behaviour beyond the golden numbers: Wald option, no-intercept models, bad alpha.</summary>
public sealed class FirthOptionsTests
{
    private static (double[][] X, double[] Y) Data()
    {
        const int n = 40;
        var x1 = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x1[i] = Math.Sin(i * 0.9) + (0.1 * i / n);
            y[i] = x1[i] + (0.7 * Math.Cos(i * 2.1)) > 0.2 ? 1 : 0;
        }

        return ([Enumerable.Repeat(1.0, n).ToArray(), x1], y);
    }

    [Fact]
    public void Wald_option_gives_symmetric_intervals_and_normal_p_values()
    {
        var (x, y) = Data();
        var o = FirthEstimator.Fit(x, ["(Intercept)", "x1"], y, FirthOptions.Default with { ProfileLikelihood = false });
        var se = Math.Sqrt(o.Covariance[3]);
        Assert.Equal(o.Coefficients[1] - (1.959963984540054 * se), o.Details.ConfLow[1], 12);
        Assert.Equal(o.Coefficients[1] + (1.959963984540054 * se), o.Details.ConfHigh[1], 12);
        Assert.Equal(ProbabilityFunctions.NormalTwoSidedP(o.Coefficients[1] / se), o.Details.PValues[1], 14);
        Assert.All(o.Details.Methods, m => Assert.Equal(IntervalMethod.Wald, m));
    }

    [Fact]
    public void Profile_interval_is_where_the_penalised_LR_hits_the_chi_square_quantile()
    {
        var (x, y) = Data();
        var o = FirthEstimator.Fit(x, ["(Intercept)", "x1"], y, FirthOptions.Default);
        var engine = new PenalizedLogitEngine(x, y, null, null, firth: true);
        foreach (var bound in new[] { o.Details.ConfLow[1], o.Details.ConfHigh[1] })
        {
            var restricted = engine.Fit([o.Coefficients[0], bound], [true, false]);
            var lr = 2 * (o.Details.LogLikFull - restricted.LogLik);
            Assert.Equal(1.959963984540054 * 1.959963984540054, lr, 6);
        }
    }

    [Fact]
    public void Bad_alpha_and_flic_without_intercept_are_clear_errors()
    {
        var (x, y) = Data();
        Assert.Throws<EstimationException>(() => FirthEstimator.Fit(x, ["(Intercept)", "x1"], y, FirthOptions.Default with { Alpha = 1.2 }));
        Assert.Throws<EstimationException>(() => FirthEstimator.Fit([x[1]], ["x1"], y, FirthOptions.Default with { Correction = FirthCorrection.Flic }));
    }
}
