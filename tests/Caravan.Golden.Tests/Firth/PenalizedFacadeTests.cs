using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Estimation.Simulation;
using Caravan.Estimation.Vcov;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.Firth;

/// <summary>
/// The public façade (formula → sample → estimator → FitResult) on the golden data: same numbers as
/// the dense-design tests (same expected JSON, same tolerances), bad input as clear errors, and the
/// simulation of quantities of interest on the relogit fit.
/// </summary>
public sealed class PenalizedFacadeTests
{
    [Fact]
    public void Firth_through_the_formula_gives_logistf_rows()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/sex2.csv");
        var e = PenalGolden.Expected("Expected/firth_sex2.json");
        // firth_sex2.json's SEs are the inverse information (brglm2); logistf >= 1.24's default is checked in LogistfVarianceTests.
        var fit = Fit.FirthDetailed(frame, "case ~ age + oc + vic + vicl + vis + dia", FirthOptions.Default with { Variance = FirthVariance.Information });
        var rows = fit.Result.Coefficients();
        Assert.Equal(["(Intercept)", "age", "oc", "vic", "vicl", "vis", "dia"], rows.Select(r => r.Term));
        PenalGolden.AllClose(e.Doubles("coefficients"), [.. rows.Select(r => r.Estimate)], 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se"), [.. rows.Select(r => r.StdError)], 1e-4, "se");
        PenalGolden.AllClose(e.Doubles("p_values"), [.. rows.Select(r => r.PValue)], 1e-6, "p");
        PenalGolden.AllClose(e.Doubles("ci_lower"), [.. rows.Select(r => r.ConfLow)], 1e-6, "ci_lower");
        PenalGolden.AllClose(e.Doubles("ci_upper"), [.. rows.Select(r => r.ConfHigh)], 1e-6, "ci_upper");
        Assert.Equal(ModelKind.FirthLogit, fit.Result.Kind);
        Assert.Equal(239, fit.Result.Nobs);
        PenalGolden.Close(e.Double("lr_statistic"), fit.Details.LikelihoodRatio, 1e-7, "LR");

        // Re-applying iid reproduces logistf's variance exactly (no (n-1)/(n-K) factor).
        var again = fit.Result.WithVcov(new VcovSpec.Iid());
        PenalGolden.AllClose([.. rows.Select(r => r.StdError)], again.StdErrors(), 1e-12, "iid se");
        // A robust variance switches to Wald rows with the sandwich SEs.
        var robust = fit.Result.WithVcov(new VcovSpec.Hetero(HeteroKind.HC0));
        Assert.Null(robust.InferenceOverride);
        Assert.NotEqual(again.StdErrors()[1], robust.StdErrors()[1]);
    }

    [Fact]
    public void Relogit_through_the_formula_and_Fit_Model_dispatch()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var e = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("prior_bias");
        const string f = "conflict ~ major + contig + power + maxdem + mindem + years";
        var fit = Fit.RareEvents(frame, f, new RareEventsOptions(1042.0 / 303772.0, ScaleVariance: true));
        PenalGolden.AllClose(e.Doubles("coefficients"), fit.Estimates, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se"), fit.StdErrors(), 1e-4, "se");
        PenalGolden.AllClose(fit.StdErrors(), fit.WithVcov(new VcovSpec.Iid()).StdErrors(), 1e-12, "iid se again");

        var viaModel = Fit.Model(ModelKind.RareEventsLogit, frame, f);
        var noTau = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("no_tau_bias");
        PenalGolden.AllClose(noTau.Doubles("coefficients"), viaModel.Estimates, 1e-6, "coef (no tau)");
    }

    [Fact]
    public void Relogit_with_weighting_and_a_robust_variance_matches_sandwich_HC0()
    {
        // Zelig's demo pairs weighting with robust SEs; Reference/relogit_reference.R: sandwich::vcovHC(glm, "HC0").
        var frame = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var e = PenalGolden.Expected("Expected/relogit_mid.json").GetProperty("weighting_bias");
        var fit = Fit.RareEvents(frame, "conflict ~ major + contig + power + maxdem + mindem + years",
            new RareEventsOptions(1042.0 / 303772.0, RareEventsCorrection.Weighting, ScaleVariance: true),
            FitOptions.Default with { Vcov = new VcovSpec.Hetero(HeteroKind.HC0) });
        PenalGolden.AllClose(e.Doubles("coefficients"), fit.Estimates, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se_hc0"), fit.StdErrors(), 1e-4, "HC0 se");
    }

    [Fact]
    public void Quantities_of_interest_on_relogit_are_reproducible()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var fit = Fit.RareEvents(frame, "conflict ~ major + contig + power + maxdem + mindem + years", new RareEventsOptions(1042.0 / 303772.0));
        var options = new SimulationOptions(Draws: 1000, Seed: 2001);
        var a = QuantitiesOfInterest.Simulate(fit, Scenario.Set(("contig", 0)), Scenario.Set(("contig", 1)), options);
        var b = QuantitiesOfInterest.Simulate(fit, Scenario.Set(("contig", 0)), Scenario.Set(("contig", 1)), options);
        Assert.Equal(a.FirstDifference!.Draws, b.FirstDifference!.Draws);
        // The scenario row holds the others at their sample means.
        Assert.Equal(frame.Numeric("years").Values.Average(), a.X[6], 12);
        Assert.Equal(0.0, a.X[2]);
        Assert.Equal(1.0, a.X1![2]);
        Assert.True(a.RiskRatio!.Lower > 1, "contiguity raises the conflict probability");
        Assert.True(a.ExpectedValue.Mean is > 0 and < 0.05, "rare events after prior correction");
        var ex = Assert.Throws<EstimationException>(() => QuantitiesOfInterest.Simulate(fit, Scenario.Set(("nosuch", 1))));
        Assert.Contains("nosuch", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_a_clear_error()
    {
        var sex2 = PenalGolden.ReadNumericCsv("Data/sex2.csv");
        var e1 = Assert.Throws<EstimationException>(() => Fit.Firth(sex2, "age ~ oc | vic"));
        Assert.Contains("fixed effects", e1.Message, StringComparison.Ordinal);
        var mid = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var e2 = Assert.Throws<EstimationException>(() => Fit.RareEvents(mid, "maxdem ~ major + contig"));
        Assert.Contains("0/1", e2.Message, StringComparison.Ordinal);
        var e3 = Assert.Throws<EstimationException>(() => Fit.RareEvents(mid, "conflict ~ major", new RareEventsOptions(1.5)));
        Assert.Contains("tau", e3.Message, StringComparison.Ordinal);
        var sep = PenalGolden.ReadNumericCsv("Data/firth_separation.csv");
        var e4 = Assert.Throws<EstimationException>(() => Fit.RareEvents(sep, "y ~ sep + x1 + x2 + x3"));
        Assert.Contains("separation", e4.Message, StringComparison.Ordinal);
        // Firth handles the same data.
        Assert.True(Fit.Firth(sep, "y ~ sep + x1 + x2 + x3").Converged);
    }
}
