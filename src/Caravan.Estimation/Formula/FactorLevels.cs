using System.Globalization;
using Caravan.Core.Frames;

namespace Caravan.Estimation.Formula;

/// <summary>Factor levels of a text or numeric column: sorted (numerically for numbers, ordinally for text).</summary>
internal static class FactorLevels
{
    public static List<string> Learn(Column col, bool[] learn)
    {
        switch (col)
        {
            case NumericColumn nc:
                {
                    var set = new SortedSet<double>();
                    for (var i = 0; i < nc.Values.Length; i++)
                    {
                        if (learn[i] && !double.IsNaN(nc.Values[i]))
                        {
                            set.Add(nc.Values[i]);
                        }
                    }

                    return set.Select(Key).ToList();
                }

            case TextColumn tc:
                {
                    var set = new SortedSet<string>(StringComparer.Ordinal);
                    for (var i = 0; i < tc.Values.Length; i++)
                    {
                        if (learn[i] && tc.Values[i] is { } s)
                        {
                            set.Add(s);
                        }
                    }

                    return set.ToList();
                }

            default:
                throw new EstimationException($"Column '{col.Name}' cannot be a factor.");
        }
    }

    public static string?[] Keys(Column col) => col switch
    {
        NumericColumn nc => nc.Values.Select(v => double.IsNaN(v) ? null : Key(v)).ToArray(),
        TextColumn tc => tc.Values,
        _ => throw new EstimationException($"Column '{col.Name}' cannot be a factor."),
    };

    /// <summary>The level label of a number: its shortest round-trip text ("R"); whole numbers below 1e15 (the usual
    /// codes, years, ids) through the integer formatter, which prints the same text several times faster.</summary>
    public static string Key(double v) =>
        Math.Abs(v) < 1e15 && v == Math.Floor(v) && !(v == 0 && double.IsNegative(v))
            ? ((long)v).ToString(CultureInfo.InvariantCulture)
            : v.ToString("R", CultureInfo.InvariantCulture);
}
