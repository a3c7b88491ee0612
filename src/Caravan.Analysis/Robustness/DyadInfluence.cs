using Caravan.Analysis.Models;
using Caravan.Estimation.Results;

namespace Caravan.Analysis.Robustness;

/// <summary>One dyad's one-step influence on a key term: the change in the coefficient if the dyad (all its years) were left out.</summary>
/// <param name="Dyad">Dyad id (1000·ccode1 + ccode2).</param>
/// <param name="Label">e.g. "LBR–JPN".</param>
/// <param name="DfBeta">β̂ − β̂₍₋g₎ by one Newton step from β̂ on the data without the dyad.</param>
/// <param name="Scaled">DfBeta / the term's clustered SE.</param>
/// <param name="Rows">The dyad's dyad-years in the estimation sample.</param>
public sealed record InfluentialDyad(double Dyad, string Label, double DfBeta, double Scaled, int Rows);

/// <summary>The most influential dyads of one key term and the estimate without them.</summary>
/// <param name="Fit">The fit examined (the reference logit).</param>
/// <param name="Term">The key term.</param>
/// <param name="Top">The dyads with the largest |dfbeta|, largest first.</param>
/// <param name="Without">The same specification refitted without the <see cref="Top"/> dyads (all their years).</param>
public sealed record TermInfluence(TheoryFit Fit, string Term, IReadOnlyList<InfluentialDyad> Top, TheoryFit? Without)
{
    /// <summary>The key term's evidence without the top dyads (null if not refitted or dropped).</summary>
    public Theories.TermEvidence? EvidenceWithout => Without?.Evidence.FirstOrDefault(e => e.Term.Term == Term);

    /// <summary>Whether leaving out the top dyads changes the specification's verdict.</summary>
    public bool VerdictDepends => Without?.Verdict is { } w && Fit.Verdict is { } v && w != v;
}

/// <summary>
/// One-step dfbeta by dyad cluster (Pregibon 1981; Belsley, Kuh &amp; Welsch 1980, for clusters): for a logit at its
/// maximum, leaving out cluster g changes β̂ by −(X'WX − X_g'W_gX_g)⁻¹ s_g — one Newton step from β̂ on the remaining data —
/// where X'WX is the inverse of the stored bread, X_g'W_gX_g the cluster's own information (W = p̂(1 − p̂)) and
/// s_g = Σ_{i∈g} x_i(y_i − p̂_i) its summed scores. Computed from the stored fit, no refit.
/// </summary>
public static class DyadInfluence
{
    /// <summary>Top <paramref name="count"/> dyads by |dfbeta| of <paramref name="term"/>.</summary>
    public static IReadOnlyList<InfluentialDyad> Top(FitResult fit, string term, int count, Func<double, string> label)
    {
        var k = fit.TermNames.ToList().IndexOf(term);
        if (k < 0)
        {
            return [];
        }

        var dyads = fit.Variance.Source.Numeric(StudyColumns.Dyad).Values;
        var rows = fit.Variance.SampleRows;
        var sums = new Dictionary<double, (double[] S, int N)>();
        var kk = fit.Scores.Cols;
        for (var i = 0; i < rows.Length; i++)
        {
            var g = dyads[rows[i]];
            if (!sums.TryGetValue(g, out var acc))
            {
                acc = (new double[kk], 0);
            }

            var s = fit.Scores.Row(i);
            for (var j = 0; j < kk; j++)
            {
                acc.S[j] += s[j];
            }

            sums[g] = (acc.S, acc.N + 1);
        }

        var se = fit.StdErrors()[k];
        var hessian = Invert(fit.Bread.ToArray());
        var design = fit.TermNames.Select(t => t == "(Intercept)" ? null : fit.Variance.Source.Numeric(t).Values).ToArray();
        var info = new Dictionary<double, double[,]>();
        for (var i = 0; i < rows.Length; i++)
        {
            var g = dyads[rows[i]];
            if (!info.TryGetValue(g, out var m))
            {
                info[g] = m = new double[kk, kk];
            }

            var p = fit.FittedValues[i];
            var w = p * (1 - p);
            var x = design.Select(c => c is null ? 1.0 : c[rows[i]]).ToArray();
            for (var a = 0; a < kk; a++)
            {
                for (var b = 0; b < kk; b++)
                {
                    m[a, b] += w * x[a] * x[b];
                }
            }
        }

        return sums.Select(kv =>
            {
                var h = (double[,])hessian.Clone();
                var own = info[kv.Key];
                for (var a = 0; a < kk; a++)
                {
                    for (var b = 0; b < kk; b++)
                    {
                        h[a, b] -= own[a, b];
                    }
                }

                var step = Solve(h, kv.Value.S);
                var d = step is null ? double.NaN : step[k];
                return new InfluentialDyad(kv.Key, label(kv.Key), d, d / se, kv.Value.N);
            })
            .Where(x => double.IsFinite(x.DfBeta))
            .OrderByDescending(x => Math.Abs(x.DfBeta)).ThenBy(x => x.Dyad).Take(count).ToArray();
    }

    private static double[,] Invert(double[,] a)
    {
        var n = a.GetLength(0);
        var inv = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var e = new double[n];
            e[j] = 1;
            var col = Solve(a, e) ?? throw new InvalidOperationException("The bread is singular.");
            for (var i = 0; i < n; i++)
            {
                inv[i, j] = col[i];
            }
        }

        return inv;
    }

    /// <summary>Solves A x = b by Gaussian elimination with partial pivoting (null if A is singular).</summary>
    private static double[]? Solve(double[,] a0, double[] b0)
    {
        var n = b0.Length;
        var a = (double[,])a0.Clone();
        var b = (double[])b0.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[pivot, c]) < 1e-300)
            {
                return null;
            }

            if (pivot != c)
            {
                for (var j = 0; j < n; j++)
                {
                    (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
                }

                (b[c], b[pivot]) = (b[pivot], b[c]);
            }

            for (var r = c + 1; r < n; r++)
            {
                var f = a[r, c] / a[c, c];
                if (f == 0)
                {
                    continue;
                }

                for (var j = c; j < n; j++)
                {
                    a[r, j] -= f * a[c, j];
                }

                b[r] -= f * b[c];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var j = r + 1; j < n; j++)
            {
                s -= a[r, j] * x[j];
            }

            x[r] = s / a[r, r];
        }

        return x;
    }
}
