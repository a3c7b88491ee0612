using Caravan.Analysis.Theories;
using Caravan.Core.Frames;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis.Models;

/// <summary>The low and high scenario of one key term under one <see cref="FirstDifferenceMove"/>, and the values used.</summary>
/// <param name="Low">Scenario with the moved variable at its low value (products recomputed).</param>
/// <param name="High">Scenario with the moved variable at its high value.</param>
/// <param name="LowValue">The moved variable's low value.</param>
/// <param name="HighValue">The moved variable's high value.</param>
/// <param name="ConditionValue">The conditioning variable's value (NaN if the key term has none).</param>
public sealed record MoveScenario(Scenario Low, Scenario High, double LowValue, double HighValue, double ConditionValue);

/// <summary>
/// Builds the scenarios of a key term under each move over an estimation sample: percentiles and SDs among the dyad-years
/// that trade for trade-based variables (<see cref="TradeBased"/>), the focus dyads' mean for
/// <see cref="FirstDifferenceMove.ZeroToFocusLevel"/>; the conditioning variable of an interaction (Copeland) at its
/// <see cref="KeyTerm.ConditionQuantile"/> among traders (at the focus dyads' mean under the focus move; over all rows
/// under the interquartile move); every other variable at its median.
/// </summary>
public static class MoveScenarios
{
    /// <summary>The trade-based variables, moved among the dyad-years with bilateral trade &gt; 0.</summary>
    public static IReadOnlySet<string> TradeBased { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        StudyColumns.WeakLink, StudyColumns.DependenceGapAbs, StudyColumns.Salience, StudyColumns.Symmetry,
        StudyColumns.Expectations, StudyColumns.DependenceXExpectations,
    };

    /// <summary>The column that says whether a dyad-year trades (bilateral trade, US$ m).</summary>
    public const string TradeColumn = "trade";

    /// <param name="data">The estimation sample.</param>
    /// <param name="theory">The specification (for its products).</param>
    /// <param name="key">The key term.</param>
    /// <param name="move">The move.</param>
    /// <param name="focusRows">Rows of <paramref name="data"/> that belong to the focus dyads (may be empty).</param>
    /// <returns>The scenarios, or null when the move cannot be made (e.g. no focus rows).</returns>
    public static MoveScenario? Build(Frame data, TheorySpecification theory, KeyTerm key, FirstDifferenceMove move, IReadOnlyList<int> focusRows)
    {
        var trades = data.Contains(TradeColumn) ? data.Numeric(TradeColumn).Values : null;
        double[] Values(string name, bool tradersOnly)
        {
            var v = data.Numeric(name).Values;
            return Enumerable.Range(0, v.Length)
                .Where(r => double.IsFinite(v[r]) && (!tradersOnly || trades is null || trades[r] > 0))
                .Select(r => v[r]).ToArray();
        }

        double FocusMean(string name)
        {
            var v = data.Numeric(name).Values;
            var xs = focusRows.Select(r => v[r]).Where(double.IsFinite).ToArray();
            return xs.Length == 0 ? double.NaN : xs.Average();
        }

        var movedAll = Values(key.Moved, tradersOnly: false);
        var binary = movedAll.Length > 0 && movedAll.All(v => v is 0 or 1);
        var traders = move != FirstDifferenceMove.Interquartile && TradeBased.Contains(key.Moved);
        var moved = Values(key.Moved, traders);
        double lo, hi;
        switch (move)
        {
            case FirstDifferenceMove.ZeroToFocusLevel:
                (lo, hi) = (0, FocusMean(key.Moved));
                break;
            case FirstDifferenceMove.OneStandardDeviation when !binary:
                var median = ConflictModel.Quantile(moved, 0.5);
                (lo, hi) = (median, median + StandardDeviation(moved));
                break;
            case FirstDifferenceMove.Percentile10To90 when !binary:
                (lo, hi) = (ConflictModel.Quantile(moved, 0.10), ConflictModel.Quantile(moved, 0.90));
                break;
            case FirstDifferenceMove.Interquartile when !binary:
                (lo, hi) = (ConflictModel.Quantile(moved, 0.25), ConflictModel.Quantile(moved, 0.75));
                break;
            default:
                (lo, hi) = (0, 1);
                break;
        }

        var condition = double.NaN;
        if (key.Condition is not null)
        {
            condition = move switch
            {
                FirstDifferenceMove.ZeroToFocusLevel => FocusMean(key.Condition),
                FirstDifferenceMove.Interquartile => ConflictModel.Quantile(Values(key.Condition, tradersOnly: false), key.ConditionQuantile),
                _ => ConflictModel.Quantile(Values(key.Condition, TradeBased.Contains(key.Condition)), key.ConditionQuantile),
            };
        }

        if (!double.IsFinite(lo) || !double.IsFinite(hi) || (key.Condition is not null && !double.IsFinite(condition)))
        {
            return null;
        }

        Dictionary<string, double> Make(double v)
        {
            var d = new Dictionary<string, double>(StringComparer.Ordinal) { [key.Moved] = v };
            if (key.Condition is not null)
            {
                d[key.Condition] = condition;
            }

            foreach (var p in theory.Products)
            {
                double Get(string name) => d.TryGetValue(name, out var x) ? x : ConflictModel.Quantile(Values(name, tradersOnly: false), 0.5);
                d[p.Name] = Get(p.Left) * Get(p.Right);
            }

            return d;
        }

        return new MoveScenario(new Scenario(Make(lo)), new Scenario(Make(hi)), lo, hi, condition);
    }

    /// <summary>Sample standard deviation (n − 1).</summary>
    public static double StandardDeviation(IReadOnlyList<double> xs)
    {
        if (xs.Count < 2)
        {
            return double.NaN;
        }

        var mean = xs.Average();
        return Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1));
    }
}
