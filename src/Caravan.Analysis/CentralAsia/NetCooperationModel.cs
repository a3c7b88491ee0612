using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;
using Caravan.Core.Frames;

namespace Caravan.Analysis.CentralAsia;

/// <summary>The within-region model of net cooperation and what it can carry.</summary>
/// <param name="Fit">OLS of ICEWS net cooperation (per 1,000 events) on the Central Asian state's dependence and its two lags, dyad fixed effects, SEs clustered by dyad.</param>
/// <param name="Data">The estimation data (dyad, year, net cooperation, dependence and lags).</param>
/// <param name="Caveat">Plain-words limits.</param>
public sealed record NetCooperationFit(FitResult? Fit, Frame Data, string Caveat, string? Problem);

/// <summary>
/// Net cooperation on dependence and its lags within the five China–Central Asia dyads (ICEWS years 2002–2014 only:
/// GDELT is on another scale and there is no event source for 2015–2017), with dyad fixed effects.
/// </summary>
public static class NetCooperationModel
{
    public const string Formula = "net_coop ~ dep_ca + dep_ca_l1 + dep_ca_l2 | dyad";

    public static NetCooperationFit Fit(IReadOnlyList<DyadYearTrade> trade, IReadOnlyList<DyadYearEvents> events)
    {
        var dep = trade.ToDictionary(t => (t.Dyad.Ccode, t.Year), t => t.DependencePartner);
        var rows = events.Where(e => e.Value.Source == Indicators.EventSource.Icews && double.IsFinite(e.Value.Normalised))
            .Select(e => (e.Dyad, e.Value.Year, Y: e.Value.Normalised,
                D0: dep.GetValueOrDefault((e.Dyad.Ccode, e.Value.Year), double.NaN),
                D1: dep.GetValueOrDefault((e.Dyad.Ccode, e.Value.Year - 1), double.NaN),
                D2: dep.GetValueOrDefault((e.Dyad.Ccode, e.Value.Year - 2), double.NaN)))
            .Where(r => double.IsFinite(r.D0) && double.IsFinite(r.D1) && double.IsFinite(r.D2))
            .ToArray();
        var frame = new Frame([
            new NumericColumn("dyad", rows.Select(r => (double)r.Dyad.DyadId).ToArray()),
            new NumericColumn("year", rows.Select(r => (double)r.Year).ToArray()),
            new NumericColumn("net_coop", rows.Select(r => r.Y).ToArray()),
            new NumericColumn("dep_ca", rows.Select(r => 100 * r.D0).ToArray()),
            new NumericColumn("dep_ca_l1", rows.Select(r => 100 * r.D1).ToArray()),
            new NumericColumn("dep_ca_l2", rows.Select(r => 100 * r.D2).ToArray()),
        ]);
        var dyads = rows.Select(r => r.Dyad).Distinct().Count();
        var caveat = $"{rows.Length} dyad-years from {dyads} dyads (ICEWS 2002–2014; dependence in % of the Central Asian state's GDP). "
            + $"With {dyads} clusters the clustered standard errors are unreliable (far below the ~40–50 clusters they need), the three dependence terms are strongly collinear, "
            + "and dyad fixed effects leave only within-dyad movement over 13 years: read the coefficients as a description of co-movement, not as an effect.";
        try
        {
            var fit = Estimation.Fit.Ols(frame, Formula, new FitOptions { Vcov = new VcovSpec.Cluster("dyad") });
            return new NetCooperationFit(fit, frame, caveat, null);
        }
        catch (EstimationException e)
        {
            return new NetCooperationFit(null, frame, caveat, e.Message);
        }
    }
}
