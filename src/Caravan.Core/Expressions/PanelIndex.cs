using System.Globalization;
using Caravan.Core.Frames;

namespace Caravan.Core.Expressions;

/// <summary>
/// Row lookup by (panel unit, time) for lags and leads, as fixest's <c>panel()</c> with <c>time.step =
/// "unitary"</c>: the time step is the greatest common divisor of the gaps between the distinct time values
/// (1 for consecutive years), so <c>l(x, 1)</c> at year t is x of the same unit at t − step, and missing when
/// that unit-year is absent. Duplicate (unit, time) pairs are an error, as in fixest.
/// </summary>
public sealed class PanelIndex
{
    private readonly Dictionary<(int Unit, long Time), int> rowOf;
    private readonly int[] unit;
    private readonly long[] time;

    private PanelIndex(Dictionary<(int, long), int> rowOf, int[] unit, long[] time)
    {
        this.rowOf = rowOf;
        this.unit = unit;
        this.time = time;
    }

    public static PanelIndex Build(Frame frame, PanelKeys keys)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(keys);
        var n = frame.RowCount;
        var unit = UnitCodes(frame, keys.Id);
        var tcol = Lookup(frame, keys.Time) as NumericColumn
            ?? throw new ExpressionException(0, $"the panel time column '{keys.Time}' is text; lags need a numeric (integer) time");
        var t = tcol.Values;
        var distinct = new SortedSet<double>();
        for (var i = 0; i < n; i++)
        {
            if (!double.IsNaN(t[i]))
            {
                if (t[i] != Math.Floor(t[i]) || Math.Abs(t[i]) > 1e15)
                {
                    throw new ExpressionException(0, $"the panel time column '{keys.Time}' has the non-integer value {t[i].ToString(CultureInfo.InvariantCulture)} at row {i + 1}; lags need integer times");
                }

                distinct.Add(t[i]);
            }
        }

        long step = 0;
        double? prev = null;
        foreach (var v in distinct)
        {
            if (prev is { } p)
            {
                step = Gcd(step, (long)(v - p));
            }

            prev = v;
        }

        step = Math.Max(step, 1);
        var origin = distinct.Count > 0 ? (long)distinct.Min : 0;
        var time = new long[n];
        var rowOf = new Dictionary<(int, long), int>(n);
        for (var i = 0; i < n; i++)
        {
            if (unit[i] < 0 || double.IsNaN(t[i]))
            {
                time[i] = long.MinValue;
                continue;
            }

            time[i] = ((long)t[i] - origin) / step;
            if (!rowOf.TryAdd((unit[i], time[i]), i))
            {
                throw new ExpressionException(0,
                    $"the panel ({keys}) has duplicate unit-times: rows {rowOf[(unit[i], time[i])] + 1} and {i + 1} share {string.Join("^", keys.Id)} and {keys.Time} = {t[i].ToString(CultureInfo.InvariantCulture)}; lags are undefined (give the right --panel-id)");
            }
        }

        return new PanelIndex(rowOf, unit, time);
    }

    /// <summary>For each row, the row <paramref name="k"/> steps earlier (k &gt; 0: lag; k &lt; 0: lead) of the same unit, or −1.</summary>
    public int[] Shift(int k)
    {
        var src = new int[unit.Length];
        for (var i = 0; i < src.Length; i++)
        {
            src[i] = time[i] == long.MinValue ? -1 : rowOf.TryGetValue((unit[i], time[i] - k), out var r) ? r : -1;
        }

        return src;
    }

    private static Column Lookup(Frame frame, string name) =>
        frame.TryGet(name, out var c) ? c : throw new ExpressionException(0, $"the panel column '{name}' is not in the data; give the panel with --panel-id and --time");

    private static int[] UnitCodes(Frame frame, IReadOnlyList<string> ids)
    {
        var n = frame.RowCount;
        var codes = new int[n];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = ids.Select(id => Lookup(frame, id)).ToArray();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < n; i++)
        {
            sb.Clear();
            var missing = false;
            foreach (var c in parts)
            {
                if (c.IsMissing(i))
                {
                    missing = true;
                    break;
                }

                sb.Append(c is NumericColumn nc ? nc.Values[i].ToString("R", CultureInfo.InvariantCulture) : ((TextColumn)c).Values[i]).Append('\u001f');
            }

            if (missing)
            {
                codes[i] = -1;
                continue;
            }

            var key = sb.ToString();
            if (!map.TryGetValue(key, out var code))
            {
                code = map.Count;
                map[key] = code;
            }

            codes[i] = code;
        }

        return codes;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return Math.Abs(a);
    }
}
