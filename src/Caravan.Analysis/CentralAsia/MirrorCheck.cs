using Caravan.Indicators;

namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// Mirror-statistics check of the focus dyads' trade. A dyad-year is <b>flagged</b> when the larger of the two reports
/// (China's, the partner's) exceeds the smaller by more than a factor of <see cref="Bound"/> (10: an order of magnitude,
/// far beyond what CIF/FOB margins, timing and partner attribution explain — China–Uzbekistan 2000: China 51, Uzbekistan
/// 2,301 US$ m). A flagged year is <b>reconciled</b> by the median of three numbers: China's report, the partner's report,
/// and the dyad's own trade interpolated log-linearly between its nearest unflagged years (carried from one side at
/// the ends). No single report can set the value: it must agree with the dyad's history or with the other report.
/// Dependence is recomputed from the reconciled value; <see cref="DyadYearTrade.ReconciledPanel"/> keeps the panel's.
/// </summary>
public static class MirrorCheck
{
    /// <summary>The documented bound on the ratio of the two reports.</summary>
    public const double Bound = 10;

    public static IReadOnlyList<DyadYearTrade> Apply(IReadOnlyList<DyadYearTrade> rows, double bound = Bound)
    {
        var result = new List<DyadYearTrade>(rows.Count);
        foreach (var group in rows.GroupBy(r => r.Dyad))
        {
            var series = group.OrderBy(r => r.Year).ToArray();
            bool Flagged(DyadYearTrade t) => t.MirrorRatio > bound;
            var clean = series.Where(t => !Flagged(t) && t.Reconciled > 0).ToArray();
            foreach (var t in series)
            {
                if (!Flagged(t))
                {
                    result.Add(t with { ReconciledPanel = t.Reconciled });
                    continue;
                }

                var before = clean.LastOrDefault(c => c.Year < t.Year);
                var after = clean.FirstOrDefault(c => c.Year > t.Year);
                var neighbour = (before, after) switch
                {
                    ({ } b, { } a) => Math.Exp(Math.Log(b.Reconciled) + ((Math.Log(a.Reconciled) - Math.Log(b.Reconciled)) * (t.Year - b.Year) / (a.Year - b.Year))),
                    ({ } b, null) => b.Reconciled,
                    (null, { } a) => a.Reconciled,
                    _ => double.NaN,
                };
                var value = double.IsFinite(neighbour)
                    ? Median3(t.ChinaReported, t.PartnerReported, neighbour)
                    : Math.Sqrt(t.ChinaReported * t.PartnerReported);
                var dep = TradeDependence.Compute(value, t.GdpChina, t.GdpPartner);
                result.Add(t with
                {
                    Reconciled = value,
                    DependenceChina = dep.Dependence1,
                    DependencePartner = dep.Dependence2,
                    MirrorFlag = true,
                    ReconciledPanel = t.Reconciled,
                    TradeSource = "mirror_rule_median3",
                });
            }
        }

        return result.OrderBy(r => r.Dyad.Ccode).ThenBy(r => r.Year).ToArray();
    }

    internal static double Median3(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
