using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.RareEvents;

/// <summary>
/// Relogit's default variance is what Zelig 5.1.7 prints (Reference/zelig_relogit.R, the real Zelig): unscaled;
/// King &amp; Zeng's (n/(n+k))² on request. SEs 1e-6 relative.
/// KNOWN DIFFERENCE (issue 8, not resolved): the real Zelig's bias-corrected coefficients differ from
/// Caravan's — and from the base-R reproduction of Zelig in Reference/relogit_reference.R that Caravan matches —
/// by up to 0.8 % (maxdem 0.048431 vs 0.048037; intercept −7.5257 vs −7.5084); Expected/zelig_relogit.json
/// holds Zelig's numbers for whoever takes this up.
/// </summary>
public sealed class ZeligVarianceTests
{
    [Fact]
    public void Default_matches_Zelig_and_the_scaled_variance_is_one_option_away()
    {
        var e = PenalGolden.Expected("Expected/zelig_relogit.json");
        var mid = PenalGolden.ReadNumericCsv("Data/mid.csv");
        const string f = "conflict ~ major + contig + power + maxdem + mindem + years";
        var fit = Fit.RareEvents(mid, f, new RareEventsOptions(1042.0 / 303772.0));
        PenalGolden.AllClose(e.Doubles("se"), fit.StdErrors(), 1e-6, "se");
        var scaled = Fit.RareEvents(mid, f, new RareEventsOptions(1042.0 / 303772.0, ScaleVariance: true));
        var factor = (double)fit.Nobs / (fit.Nobs + fit.Estimates.Length);
        PenalGolden.AllClose([.. fit.StdErrors().Select(s => s * factor)], scaled.StdErrors(), 1e-12, "scaled se");
    }
}
