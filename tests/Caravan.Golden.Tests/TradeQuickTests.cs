using Caravan.Estimation;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests;

public class TradeQuickTests
{
    [Fact]
    public void Print()
    {
        var f = GoldenData.Load("trade");
        var r = Fit.Poisson(f, "Euros ~ log(dist_km) | Origin + Destination + Product + Year");
        var se = r.StdErrors()[0];
        var tw = r.WithVcov(VcovSpec.Parse("twoway:Origin+Destination")).StdErrors()[0];
        Assert.Fail($"b={r.Estimates[0]:R} se={se:R} tw={tw:R} ll={r.LogLikelihood:R} sqcor={r.SquaredCorrelation:R} it={r.Iterations} n={r.Nobs} notes={string.Join("|", r.Notes)}");
    }
}
