using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.RareEvents;

/// <summary>
/// Relogit against the real Zelig 5.1.7 (Reference/zelig_relogit.R → Expected/zelig_relogit.json) on MID data,
/// tau = 1042/303772: bias-corrected coefficients (King &amp; Zeng's ξ with w₁) and Zelig's default variance
/// (unscaled; King &amp; Zeng's (n/(n+k))² on request), under prior correction and under weighting.
/// Coefficients and SEs 1e-6 relative. (Until 2026-12-02 Caravan used w₀ in ξ and was 0.8 % off Zelig.)
/// </summary>
public sealed class ZeligVarianceTests
{
    private const string Formula = "conflict ~ major + contig + power + maxdem + mindem + years";

    [Fact]
    public void Default_matches_Zelig_and_the_scaled_variance_is_one_option_away()
    {
        var e = PenalGolden.Expected("Expected/zelig_relogit.json");
        var mid = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var fit = Fit.RareEvents(mid, Formula, new RareEventsOptions(1042.0 / 303772.0));
        PenalGolden.AllClose(e.Doubles("coef"), fit.Estimates, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("se"), fit.StdErrors(), 1e-6, "se");
        var scaled = Fit.RareEvents(mid, Formula, new RareEventsOptions(1042.0 / 303772.0, ScaleVariance: true));
        var factor = (double)fit.Nobs / (fit.Nobs + fit.Estimates.Length);
        PenalGolden.AllClose([.. fit.StdErrors().Select(s => s * factor)], scaled.StdErrors(), 1e-12, "scaled se");
    }

    [Fact]
    public void Weighting_matches_Zelig()
    {
        var e = PenalGolden.Expected("Expected/zelig_relogit.json");
        var mid = PenalGolden.ReadNumericCsv("Data/mid.csv");
        var fit = Fit.RareEvents(mid, Formula, new RareEventsOptions(1042.0 / 303772.0, RareEventsCorrection.Weighting));
        PenalGolden.AllClose(e.Doubles("weighting_coef"), fit.Estimates, 1e-6, "coef");
        PenalGolden.AllClose(e.Doubles("weighting_se"), fit.StdErrors(), 1e-6, "se");
    }
}
