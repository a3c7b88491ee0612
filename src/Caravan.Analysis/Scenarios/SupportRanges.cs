using Caravan.Core.Frames;
using Caravan.Estimation.Results;

namespace Caravan.Analysis.Scenarios;

/// <summary>
/// The range [min, max] of each model variable over a fit's estimation sample, computed once, so that many scenarios can be
/// checked against the data's support without rescanning the sample (the same test and wording as <see cref="ScenarioSupport.Outside"/>).
/// </summary>
public sealed class SupportRanges
{
    private readonly IReadOnlyDictionary<string, (double Lo, double Hi)> ranges;

    private SupportRanges(IReadOnlyDictionary<string, (double, double)> ranges) => this.ranges = ranges;

    public static SupportRanges Of(FitResult fit, IEnumerable<string> variables)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var name in variables.Distinct())
        {
            if (!fit.Variance.Source.TryGet(name, out var col) || col is not NumericColumn n)
            {
                continue;
            }

            double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            foreach (var r in fit.Variance.SampleRows)
            {
                var x = n.Values[r];
                lo = x < lo ? x : lo;
                hi = x > hi ? x : hi;
            }

            result[name] = (lo, hi);
        }

        return new SupportRanges(result);
    }

    /// <summary>The variables whose value lies outside the sample's range, with the range (empty if none).</summary>
    public IReadOnlyList<string> Outside(IReadOnlyDictionary<string, double> values)
    {
        var problems = new List<string>();
        foreach (var (name, v) in values)
        {
            if (ranges.TryGetValue(name, out var r) && (v < r.Lo || v > r.Hi))
            {
                problems.Add($"{name} = {v:G4} outside the estimation sample's range [{r.Lo:G4}, {r.Hi:G4}]");
            }
        }

        return problems;
    }
}
