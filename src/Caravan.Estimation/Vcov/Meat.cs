using Caravan.Core.Frames;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Vcov;

/// <summary>The "meat" matrices Σ sᵢsᵢ' in their variants (K×K, row-major).</summary>
internal static class Meat
{
    public static double[] Hetero(DenseMatrix scores)
    {
        var k = scores.Cols;
        var s = scores.Data;
        var n = scores.Rows;
        return ParallelSum.Accumulate(n, k * k, (from, to, acc) =>
        {
            for (var i = from; i < to; i++)
            {
                var off = i * k;
                for (var a = 0; a < k; a++)
                {
                    var sa = s[off + a];
                    for (var b = 0; b <= a; b++)
                    {
                        acc[(a * k) + b] += sa * s[off + b];
                    }
                }
            }
        }, symmetrize: true);
    }

    public static double[] Cluster(DenseMatrix scores, int[] codes, int groups)
    {
        var k = scores.Cols;
        var s = scores.Data;
        var sums = new double[(long)groups * k];
        for (var i = 0; i < codes.Length; i++)
        {
            var off = codes[i] * k;
            var so = i * k;
            for (var a = 0; a < k; a++)
            {
                sums[off + a] += s[so + a];
            }
        }

        return Hetero(new DenseMatrix(groups, k, sums));
    }

    /// <summary>
    /// Newey–West meat on a panel (pairs within a unit l periods apart) or a time series (no panel id), as fixest's
    /// vcov_NW: periods are the ranks of the distinct times in the sample (a year missing from the whole sample is
    /// skipped, not a gap), Bartlett weights 1 − l/(L+1), and lags up to min(L, T−2) (fixest drops lag T−1).
    /// </summary>
    public static double[] NeweyWest(FitResult fit, int lag)
    {
        var ctx = fit.Variance;
        var time = TimeValues(fit);
        LagBound.Check("Newey-West", lag, time);
        var (rank, periods) = Ranks(time);
        int[] unit;
        if (ctx.PanelId is null)
        {
            unit = new int[fit.Nobs];
        }
        else
        {
            unit = ClusterCodes.For(fit, ctx.PanelId).Codes;
        }

        var index = new Dictionary<(int, int), int>(fit.Nobs);
        for (var i = 0; i < fit.Nobs; i++)
        {
            if (!index.TryAdd((unit[i], rank[i]), i))
            {
                throw new EstimationException(
                    ctx.PanelId is null
                        ? $"Newey-West: time '{ctx.TimeVar}' repeats ({time[i]}); set a panel id for panel data."
                        : $"Newey-West: panel '{ctx.PanelId}' × time '{ctx.TimeVar}' repeats at time {time[i]}.");
            }
        }

        var k = fit.Scores.Cols;
        var s = fit.Scores.Data;
        var meat = Hetero(fit.Scores);
        var maxLag = Math.Min(lag, periods - 2);
        for (var l = 1; l <= maxLag; l++)
        {
            var w = 1 - (l / (lag + 1.0));
            for (var i = 0; i < fit.Nobs; i++)
            {
                if (!index.TryGetValue((unit[i], rank[i] - l), out var j))
                {
                    continue;
                }

                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b < k; b++)
                    {
                        meat[(a * k) + b] += w * ((s[(i * k) + a] * s[(j * k) + b]) + (s[(j * k) + a] * s[(i * k) + b]));
                    }
                }
            }
        }

        return meat;
    }

    /// <summary>
    /// Driscoll–Kraay meat: scores summed within each period, then Newey–West over the periods (ranks of the
    /// distinct times, lags up to min(L, T−2), as fixest's vcov_DK). Returns T, the number of periods.
    /// </summary>
    public static (double[] Meat, int Periods) DriscollKraay(FitResult fit, int lag)
    {
        var time = TimeValues(fit);
        LagBound.Check("Driscoll-Kraay", lag, time);
        var (rank, periods) = Ranks(time);
        var k = fit.Scores.Cols;
        var s = fit.Scores.Data;
        var byTime = new double[periods][];
        for (var t = 0; t < periods; t++)
        {
            byTime[t] = new double[k];
        }

        for (var i = 0; i < fit.Nobs; i++)
        {
            var u = byTime[rank[i]];
            for (var a = 0; a < k; a++)
            {
                u[a] += s[(i * k) + a];
            }
        }

        var meat = new double[k * k];
        var maxLag = Math.Min(lag, periods - 2);
        for (var t = 0; t < periods; t++)
        {
            var u = byTime[t];
            for (var l = 0; l <= Math.Min(maxLag, t); l++)
            {
                var v = byTime[t - l];
                var w = l == 0 ? 1 : 1 - (l / (lag + 1.0));
                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b < k; b++)
                    {
                        meat[(a * k) + b] += l == 0 ? u[a] * u[b] : w * ((u[a] * v[b]) + (v[a] * u[b]));
                    }
                }
            }
        }

        return (meat, periods);
    }

    /// <summary>The number of distinct periods T in the sample.</summary>
    public static int Periods(FitResult fit) => Ranks(TimeValues(fit)).Periods;

    /// <summary>Codes of the time variable over the sample (its distinct values), for nesting checks.</summary>
    public static ClusterCodes TimeCodes(FitResult fit)
    {
        var (rank, periods) = Ranks(TimeValues(fit));
        return new ClusterCodes(rank, periods) { Name = fit.Variance.TimeVar };
    }

    /// <summary>0-based rank of each time among the sample's distinct times (fixest's to_integer(time, sorted = TRUE)).</summary>
    private static (int[] Rank, int Periods) Ranks(long[] time)
    {
        var distinct = time.Distinct().Order().ToArray();
        var map = new Dictionary<long, int>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++)
        {
            map[distinct[i]] = i;
        }

        return (time.Select(t => map[t]).ToArray(), distinct.Length);
    }

    /// <summary>
    /// fixest's default lag: ⌊T^¼⌋ for panel Newey–West and Driscoll–Kraay, with T the number of distinct periods in
    /// the sample (Newey &amp; West 1987); for time-series Newey–West, ⌊sandwich::bwNeweyWest⌋ on the time-sorted scores
    /// (<see cref="NeweyWestBandwidth"/>), as fixest's vcov_NW.
    /// </summary>
    public static int DefaultLag(FitResult fit, bool panel)
    {
        if (panel)
        {
            return (int)Math.Floor(Math.Pow(Periods(fit), 0.25));
        }

        var time = TimeValues(fit);
        var order = Enumerable.Range(0, fit.Nobs).OrderBy(i => time[i]).ToArray();
        var k = fit.Scores.Cols;
        var sorted = new double[fit.Nobs * k];
        for (var r = 0; r < order.Length; r++)
        {
            Array.Copy(fit.Scores.Data, order[r] * k, sorted, r * k, k);
        }

        return NeweyWestBandwidth.Lag(sorted, fit.Nobs, fit.TermNames);
    }

    private static long[] TimeValues(FitResult fit)
    {
        var ctx = fit.Variance;
        if (ctx.TimeVar is null)
        {
            throw new EstimationException("Newey-West and Driscoll-Kraay need a time variable: set FitOptions.TimeVar (CLI: --time VAR).");
        }

        var col = ColumnLookup.Find(ctx.Source, ctx.TimeVar, "time variable");
        if (col is not NumericColumn nc)
        {
            throw new EstimationException($"Time variable '{ctx.TimeVar}' must be numeric (integer periods).");
        }

        var t = new long[fit.Nobs];
        for (var i = 0; i < t.Length; i++)
        {
            var v = nc.Values[ctx.SampleRows[i]];
            if (double.IsNaN(v) || v != Math.Floor(v))
            {
                throw new EstimationException($"Time variable '{ctx.TimeVar}' must hold integer periods; row {ctx.SampleRows[i] + 1} has {v}.");
            }

            t[i] = (long)v;
        }

        return t;
    }
}
