using Caravan.Indicators;

namespace Caravan.Analysis.Scenarios;

/// <summary>The built-in counterfactuals for the China–Central Asia study.</summary>
public static class CounterfactualCatalog
{
    /// <summary>The trade-war shock to expectations, in log points (≈ expecting trade to fall by 40%).</summary>
    public const double TradeWarShock = -0.5;

    public static Counterfactual Observed { get; } = new("observed", "Observed", "The covariates as observed.", [], (row, _) => new(row));

    /// <summary>Trade-based terms held at the dyad's first (1992) values; with trade frozen the trend is 0, so expectations = commitment only.</summary>
    public static Counterfactual TradeFrozen { get; } = new(
        "trade_frozen_1992",
        "Trade frozen at 1992",
        "Dependence, dependence asymmetry, salience and symmetry held at the dyad's 1992 values; with no trade growth the Copeland expectations index loses its trend term.",
        [StudyColumns.WeakLink, StudyColumns.DependenceGapAbs, StudyColumns.Salience, StudyColumns.Symmetry, StudyColumns.Expectations, StudyColumns.DependenceXExpectations],
        (row, first) =>
        {
            var d = new Dictionary<string, double>(row);
            foreach (var c in new[] { StudyColumns.WeakLink, StudyColumns.DependenceGapAbs, StudyColumns.Salience, StudyColumns.Symmetry })
            {
                if (d.ContainsKey(c) && first.TryGetValue(c, out var v))
                {
                    d[c] = v;
                }
            }

            if (d.ContainsKey(StudyColumns.Expectations) && row.TryGetValue(TradeExpectations.Trend, out var trend) && double.IsFinite(trend))
            {
                d[StudyColumns.Expectations] = row[StudyColumns.Expectations] - (TradeExpectationsOptions.Default.Horizon * trend);
            }

            return Recompute(d);
        });

    public static Counterfactual TradeWar { get; } = new(
        "trade_war_shock",
        "Trade-war shock to expectations",
        $"Every year's trade expectations lowered by {-TradeWarShock} log points (states expect bilateral trade to fall by about 40%), dependence unchanged.",
        [StudyColumns.Expectations, StudyColumns.DependenceXExpectations],
        (row, _) =>
        {
            var d = new Dictionary<string, double>(row);
            if (d.ContainsKey(StudyColumns.Expectations))
            {
                d[StudyColumns.Expectations] += TradeWarShock;
            }

            return Recompute(d);
        });

    public static Counterfactual NoSco { get; } = new(
        "no_sco",
        "No SCO",
        "SCO co-membership set to 0 (no Shanghai Five/SCO), and its share of the Copeland commitment signal removed.",
        [StudyColumns.Sco, StudyColumns.Expectations, StudyColumns.DependenceXExpectations],
        (row, _) =>
        {
            var d = new Dictionary<string, double>(row);
            if (row.TryGetValue(StudyColumns.Sco, out var sco) && double.IsFinite(sco))
            {
                d[StudyColumns.Sco] = 0;
                if (d.ContainsKey(StudyColumns.Expectations))
                {
                    var o = TradeExpectationsOptions.Default;
                    d[StudyColumns.Expectations] -= o.CommitmentEffect * o.ScoWeight * sco;
                }
            }

            return Recompute(d);
        });

    public static IReadOnlyList<Counterfactual> All { get; } = [Observed, TradeFrozen, TradeWar, NoSco];

    public static Counterfactual Parse(string key) =>
        All.FirstOrDefault(c => c.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
        ?? throw new StudyInputException($"Unknown scenario '{key}'. Known: {string.Join(", ", All.Select(c => c.Key))}.");

    private static Dictionary<string, double> Recompute(Dictionary<string, double> d)
    {
        if (d.ContainsKey(StudyColumns.DependenceXExpectations) && d.TryGetValue(StudyColumns.WeakLink, out var dep) && d.TryGetValue(StudyColumns.Expectations, out var e))
        {
            d[StudyColumns.DependenceXExpectations] = dep * e;
        }

        return d;
    }
}
