using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Golden.Tests.Support;

namespace Caravan.Golden.Tests.Firth;

/// <summary>
/// Firth's logit on real MID-onset dyad-years (Data/firth_mid.csv.gz: every 20th row of the 634,098-row
/// sample of bench/README.md, 31,705 rows, 94 onsets, 13 coefficients with cubic peace-years) against
/// logistf 1.26.1 (Reference/firth_mid.R → Expected/firth_mid.json, logistf's default convergence).
/// Exercises the blocked passes and the warm-started, parallel profile search on data of the kind the
/// issue-8 target is about. Tolerances (observed differences in brackets): coefficients 2e-6 absolute
/// [7.7e-7: logistf stops at xconv = 1e-4], SEs 5e-5 relative [8e-6, the same stopping error through
/// the hat values], profile limits 1e-7 absolute [2.1e-8], Wald limits 1e-5 absolute, p-values 1e-5
/// relative or 1e-14 absolute.
/// </summary>
public sealed class FirthMidOnsetTests
{
    private const string Formula =
        "gmlmidonset ~ contig + lcapdist + cowmaj1 + cowmaj2 + v2x_polyarchy_min + v2x_polyarchy_max + capshare + atop_any + atop_defense + cubic(gmlmidspell)";

    [Fact]
    public void Profile_and_Wald_fits_match_logistf()
    {
        var frame = PenalGolden.ReadNumericCsv("Data/firth_mid.csv.gz");
        var e = PenalGolden.Expected("Expected/firth_mid.json");
        var pl = Fit.FirthDetailed(frame, Formula);
        var rows = pl.Result.Coefficients();
        Assert.Equal(31_705, pl.Result.Nobs);
        Assert.True(pl.Result.Converged);
        var coef = e.Doubles("coef");
        var se = e.Doubles("se");
        var lo = e.Doubles("pl_lower");
        var hi = e.Doubles("pl_upper");
        var p = e.Doubles("pl_p");
        for (var j = 0; j < coef.Length; j++)
        {
            PenalGolden.CloseAbs(coef[j], rows[j].Estimate, 2e-6, $"coef[{j}]");
            PenalGolden.Close(se[j], rows[j].StdError, 5e-5, $"se[{j}]");
            PenalGolden.CloseAbs(lo[j], rows[j].ConfLow, 1e-7, $"profile lower[{j}]");
            PenalGolden.CloseAbs(hi[j], rows[j].ConfHigh, 1e-7, $"profile upper[{j}]");
            Assert.True(Math.Abs(p[j] - rows[j].PValue) <= Math.Max(1e-14, 1e-5 * p[j]), $"profile p[{j}]: {rows[j].PValue} vs {p[j]}");
        }

        PenalGolden.Close(e.Doubles("loglik")[0], pl.Details.LogLikFull, 1e-9, "penalised log-likelihood");

        var wald = Fit.FirthDetailed(frame, Formula, FirthOptions.Default with { ProfileLikelihood = false }).Result.Coefficients();
        var wlo = e.Doubles("wald_lower");
        var whi = e.Doubles("wald_upper");
        var wp = e.Doubles("wald_p");
        for (var j = 0; j < coef.Length; j++)
        {
            PenalGolden.CloseAbs(wlo[j], wald[j].ConfLow, 1e-5, $"wald lower[{j}]");
            PenalGolden.CloseAbs(whi[j], wald[j].ConfHigh, 1e-5, $"wald upper[{j}]");
            Assert.True(Math.Abs(wp[j] - wald[j].PValue) <= Math.Max(1e-14, 1e-4 * wp[j]), $"wald p[{j}]: {wald[j].PValue} vs {wp[j]}");
            Assert.Equal(rows[j].Estimate, wald[j].Estimate);
        }
    }
}
