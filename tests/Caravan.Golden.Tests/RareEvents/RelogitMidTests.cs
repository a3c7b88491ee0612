using System.Text.Json;
using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.RareEvents;

/// <summary>
/// Rare-events logit on Zelig's `mid` data (conflict ~ major + contig + power + maxdem + mindem + years,
/// tau = 1042/303772) against Expected/relogit_mid.json. Zelig is not installable and no printout with
/// enough digits was found, so the expected numbers are a base-R REPRODUCTION of Zelig's relogit()
/// (Reference/relogit_reference.R, following IQSS/Zelig R/model-relogit.R and summary.Relogit).
/// Tolerances: coefficients 1e-6 relative, SEs 1e-4 relative.
/// </summary>
public sealed class RelogitMidTests
{
    private static readonly string[] Regressors = ["major", "contig", "power", "maxdem", "mindem", "years"];
    private const double Tau = 1042.0 / 303772.0;

    private static RareEventsOutcome Run(RareEventsOptions options)
    {
        var frame = PenalGolden.ReadNumericCsv("Data/mid.csv");
        string[] terms = ["(Intercept)", .. Regressors];
        return RareEventsEstimator.Fit(PenalGolden.Design(frame, Regressors), terms, frame.Numeric("conflict").Values, options, "conflict");
    }

    private static void Check(JsonElement e, RareEventsOutcome fit)
    {
        var k = fit.Coefficients.Length;
        PenalGolden.AllClose(e.Doubles("coefficients"), fit.Coefficients, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se"), [.. Enumerable.Range(0, k).Select(j => Math.Sqrt(fit.Covariance[j * k + j]))], 1e-4, "se");
    }

    [Fact]
    public void Prior_correction_with_bias_correction()
    {
        var e = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("prior_bias");
        Check(e, Run(new RareEventsOptions(Tau, ScaleVariance: true)));
    }

    [Fact]
    public void Weighting_with_bias_correction()
    {
        var e = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("weighting_bias");
        Check(e, Run(new RareEventsOptions(Tau, RareEventsCorrection.Weighting, ScaleVariance: true)));
    }

    [Fact]
    public void Prior_correction_without_bias_correction()
    {
        var e = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("prior_no_bias");
        var fit = Run(new RareEventsOptions(Tau, BiasCorrect: false));
        Check(e, fit);
        PenalGolden.Close(e.Double("loglik_uncorrected"), fit.LogLikelihood, 1e-9, "loglik");
    }

    [Fact]
    public void Bias_correction_without_tau()
    {
        var e = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("no_tau_bias");
        Check(e, Run(RareEventsOptions.Default with { ScaleVariance = true }));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    [InlineData(double.NaN)]
    public void Tau_outside_the_unit_interval_is_a_clear_error(double tau)
    {
        var ex = Assert.Throws<EstimationException>(() => Run(new RareEventsOptions(tau)));
        Assert.Contains("tau", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_binary_outcome_names_the_row()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var y = (double[])frame.Numeric("conflict").Values.Clone();
        y[41] = 2;
        var ex = Assert.Throws<EstimationException>(() =>
            RareEventsEstimator.Fit(PenalGolden.Design(frame, Regressors), ["(Intercept)", .. Regressors], y, RareEventsOptions.Default, "conflict"));
        Assert.Contains("row 42", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'conflict'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Separation_is_reported_not_silently_fitted()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/firth_separation.csv");
        string[] regs = ["sep", "x1", "x2", "x3"];
        var ex = Assert.Throws<EstimationException>(() =>
            RareEventsEstimator.Fit(PenalGolden.Design(frame, regs), ["(Intercept)", .. regs], frame.Numeric("y").Values, RareEventsOptions.Default, "y"));
        Assert.Contains("separation", ex.Message, StringComparison.Ordinal);
    }
}
