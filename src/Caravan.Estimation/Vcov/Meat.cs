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

    /// <summary>Newey–West meat on a panel (pairs within a unit l periods apart) or a time series (no panel id).</summary>
    public static double[] NeweyWest(FitResult fit, int lag)
    {
        var ctx = fit.Variance;
        var time = TimeValues(fit);
        LagBound.Check("Newey-West", lag, time);
        int[] unit;
        if (ctx.PanelId is null)
        {
            unit = new int[fit.Nobs];
        }
        else
        {
            unit = ClusterCodes.For(fit, ctx.PanelId).Codes;
        }

        var index = new Dictionary<(int, long), int>(fit.Nobs);
        for (var i = 0; i < fit.Nobs; i++)
        {
            if (!index.TryAdd((unit[i], time[i]), i))
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
        for (var l = 1; l <= lag; l++)
        {
            var w = 1 - (l / (lag + 1.0));
            for (var i = 0; i < fit.Nobs; i++)
            {
                if (!index.TryGetValue((unit[i], time[i] - l), out var j))
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

    /// <summary>Driscoll–Kraay meat: scores summed within each period, then Newey–West over periods.</summary>
    public static (double[] Meat, int Periods) DriscollKraay(FitResult fit, int lag)
    {
        var time = TimeValues(fit);
        LagBound.Check("Driscoll-Kraay", lag, time);
        var k = fit.Scores.Cols;
        var s = fit.Scores.Data;
        var byTime = new SortedDictionary<long, double[]>();
        for (var i = 0; i < fit.Nobs; i++)
        {
            if (!byTime.TryGetValue(time[i], out var u))
            {
                u = new double[k];
                byTime[time[i]] = u;
            }

            for (var a = 0; a < k; a++)
            {
                u[a] += s[(i * k) + a];
            }
        }

        var meat = new double[k * k];
        foreach (var (t, u) in byTime)
        {
            for (var l = 0; l <= lag; l++)
            {
                if (!byTime.TryGetValue(t - l, out var v))
                {
                    continue;
                }

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

        return (meat, byTime.Count);
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
