using Caravan.Estimation.FixedEffects;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// A cheap proof that a Poisson sample cannot be separated, tried before the iterative rectifier
/// (<see cref="SeparationDetector"/>). Separation needs z = Xγ + Dα with z = 0 on every row with y &gt; 0 and
/// z ≥ 0, z ≠ 0 on the rows with y = 0. If the design [X D] restricted to the rows with y &gt; 0 has the same
/// rank as on all rows, the two have the same null space, so z = 0 on the positive rows forces z = 0
/// everywhere: no separation. Rank of [X D] = rank(D) + rank(X after partialling out D), so the test is
/// (1) every fixed-effect level has a positive row (fixef.rm = "perfect" pruning guarantees it; checked) and,
/// with two fixed effects, the levels form as many connected components on the positive rows as on all rows;
/// (2) every regressor survives the collinearity screen after demeaning on the positive rows (then rank(X after
/// partialling out D) is full on the positive rows and so on all rows). When a regressor is dropped there, or with
/// three or more fixed effects (rank(D) has no such count), the rectifier decides.
/// </summary>
internal static class SeparationCertificate
{
    /// <summary>True when no observation can be separated by the regressors and fixed effects.</summary>
    public static bool NoSeparation(Sample s, FitOptions o, int threads)
    {
        var q = s.FeCodes.Length;
        if (q > 2 || (s.Weights is not null && s.Weights.Any(v => !(v > 0))))
        {
            return false;
        }

        var n = s.N;
        var y = s.Y;
        var positive = new double[n];
        for (var i = 0; i < n; i++)
        {
            positive[i] = y[i] > 0 ? 1 : 0;
        }

        for (var f = 0; f < q; f++)
        {
            var seen = new bool[s.FeGroups[f]];
            var c = s.FeCodes[f];
            var levels = 0;
            for (var i = 0; i < n; i++)
            {
                if (positive[i] > 0 && !seen[c[i]])
                {
                    seen[c[i]] = true;
                    levels++;
                }
            }

            if (levels != seen.Length)
            {
                return false;
            }
        }

        if (q == 2 && Components(s.FeCodes, s.FeGroups, null) != Components(s.FeCodes, s.FeGroups, positive))
        {
            return false;
        }

        var onPositive = Demeaned(s, positive, o, threads);
        var (droppedPositive, _) = WeightedLeastSquares.Screen(s.X, onPositive, positive, o.CollinearityTolerance, threads);
        return droppedPositive.Length == 0;
    }

    private static double[][] Demeaned(Sample s, double[]? w, FitOptions o, int threads)
    {
        if (s.FeCodes.Length == 0)
        {
            return s.X;
        }

        return new Demeaner(s.FeCodes, s.FeGroups, w).DemeanCopies(s.X, Math.Min(o.FixedEffectTolerance, 1e-8), o.FixedEffectMaxIterations, threads).Results;
    }

    /// <summary>Connected components of the two fixed effects' levels joined by the rows (those with mask &gt; 0 when given).</summary>
    private static int Components(int[][] codes, int[] groups, double[]? mask)
    {
        var g1 = groups[0];
        var parent = new int[g1 + groups[1]];
        for (var v = 0; v < parent.Length; v++)
        {
            parent[v] = v;
        }

        int Find(int v)
        {
            while (parent[v] != v)
            {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }

            return v;
        }

        var components = parent.Length;
        var a = codes[0];
        var b = codes[1];
        for (var i = 0; i < a.Length; i++)
        {
            if (mask is not null && !(mask[i] > 0))
            {
                continue;
            }

            var ra = Find(a[i]);
            var rb = Find(g1 + b[i]);
            if (ra != rb)
            {
                parent[ra] = rb;
                components--;
            }
        }

        return components;
    }
}
