using Caravan.Core.Frames;
using Caravan.Estimation.Formula;

namespace Caravan.Estimation.FixedEffects;

/// <summary>Turns a fixed-effect term (one column or several joined by '^') into dense integer codes.</summary>
internal static class FixedEffectCoder
{
    /// <summary>Codes (−1 where missing) and level labels, for all rows of the frame.</summary>
    public static (int[] Codes, List<string> Labels) Encode(Frame frame, FixedEffectTerm term)
    {
        (int[] Codes, List<string> Labels)? acc = null;
        foreach (var v in term.Variables)
        {
            var one = EncodeColumn(ColumnLookup.Find(frame, v, "fixed effect"));
            acc = acc is null ? one : Combine(acc.Value, one);
        }

        return acc!.Value;
    }

    private static (int[] Codes, List<string> Labels) EncodeColumn(Column col)
    {
        switch (col)
        {
            case NumericColumn nc:
                return EncodeNumeric(nc.Values);
            case TextColumn tc:
                {
                    var codes = new int[tc.Values.Length];
                    var map = new Dictionary<string, int>(StringComparer.Ordinal);
                    var labels = new List<string>();
                    for (var i = 0; i < codes.Length; i++)
                    {
                        var s = tc.Values[i];
                        if (s is null)
                        {
                            codes[i] = -1;
                            continue;
                        }

                        if (!map.TryGetValue(s, out var c))
                        {
                            c = map.Count;
                            map[s] = c;
                            labels.Add(s);
                        }

                        codes[i] = c;
                    }

                    return (codes, labels);
                }

            default:
                throw new EstimationException($"Column '{col.Name}' cannot be a fixed effect.");
        }
    }

    private static (int[] Codes, List<string> Labels) EncodeNumeric(double[] v)
    {
        var codes = new int[v.Length];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var integral = true;
        foreach (var x in v)
        {
            if (double.IsNaN(x))
            {
                continue;
            }

            if (x < min)
            {
                min = x;
            }

            if (x > max)
            {
                max = x;
            }

            if (integral && x != Math.Floor(x))
            {
                integral = false;
            }
        }

        var labels = new List<string>();
        if (integral && max - min < Math.Max(4L * v.Length, 1024))
        {
            var slot = new int[(int)(max - min) + 1];
            Array.Fill(slot, -1);
            for (var i = 0; i < v.Length; i++)
            {
                var x = v[i];
                if (double.IsNaN(x))
                {
                    codes[i] = -1;
                    continue;
                }

                ref var s = ref slot[(int)(x - min)];
                if (s < 0)
                {
                    s = labels.Count;
                    labels.Add(FactorLevels.Key(x));
                }

                codes[i] = s;
            }

            return (codes, labels);
        }

        var map = new Dictionary<double, int>();
        for (var i = 0; i < v.Length; i++)
        {
            var x = v[i];
            if (double.IsNaN(x))
            {
                codes[i] = -1;
                continue;
            }

            if (!map.TryGetValue(x, out var c))
            {
                c = map.Count;
                map[x] = c;
                labels.Add(FactorLevels.Key(x));
            }

            codes[i] = c;
        }

        return (codes, labels);
    }

    private static (int[] Codes, List<string> Labels) Combine((int[] Codes, List<string> Labels) a, (int[] Codes, List<string> Labels) b)
    {
        var codes = new int[a.Codes.Length];
        var map = new Dictionary<long, int>();
        var labels = new List<string>();
        long nb = b.Labels.Count;
        for (var i = 0; i < codes.Length; i++)
        {
            if (a.Codes[i] < 0 || b.Codes[i] < 0)
            {
                codes[i] = -1;
                continue;
            }

            var key = (a.Codes[i] * nb) + b.Codes[i];
            if (!map.TryGetValue(key, out var c))
            {
                c = map.Count;
                map[key] = c;
                labels.Add(a.Labels[a.Codes[i]] + "_" + b.Labels[b.Codes[i]]);
            }

            codes[i] = c;
        }

        return (codes, labels);
    }

    /// <summary>Re-indexes codes on a subset of rows to 0..G−1; returns the compacted codes and labels.</summary>
    public static (int[] Codes, string[] Labels) Compact(int[] codes, IReadOnlyList<string> labels, int[] rows)
    {
        var remap = new int[labels.Count];
        Array.Fill(remap, -1);
        var outCodes = new int[rows.Length];
        var outLabels = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            var c = codes[rows[i]];
            ref var r = ref remap[c];
            if (r < 0)
            {
                r = outLabels.Count;
                outLabels.Add(labels[c]);
            }

            outCodes[i] = r;
        }

        return (outCodes, outLabels.ToArray());
    }
}
