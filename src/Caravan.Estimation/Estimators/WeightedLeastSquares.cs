using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators;

/// <summary>Collinearity screening and the weighted least-squares solve on demeaned columns.</summary>
internal static class WeightedLeastSquares
{
    /// <summary>
    /// Indices of columns to drop: those whose demeaned sum of squares is (numerically) zero relative to the raw
    /// one (constant, or absorbed by the fixed effects), then those collinear with earlier columns (Cholesky pivot &lt; tol).
    /// </summary>
    public static (int[] Dropped, Dictionary<int, string> Why) Screen(double[][] raw, double[][] demeaned, double[]? w, double tol, int threads)
    {
        var k = raw.Length;
        var why = new Dictionary<int, string>();
        var candidates = new List<int>();
        for (var j = 0; j < k; j++)
        {
            var ssRaw = LinearAlgebra.WDot(w, raw[j], raw[j], threads);
            // Without fixed effects the demeaned column is the raw one: one pass, not two.
            var ssDem = ReferenceEquals(raw[j], demeaned[j]) ? ssRaw : LinearAlgebra.WDot(w, demeaned[j], demeaned[j], threads);
            if (!(ssDem > 1e-12 * ssRaw) || ssRaw == 0)
            {
                why[j] = ssRaw == 0 ? "all zero" : "constant or absorbed by the fixed effects";
            }
            else
            {
                candidates.Add(j);
            }
        }

        var sub = candidates.Select(j => demeaned[j]).ToArray();
        // Centred on the weighted means when the model has an intercept: the pivot test is then offset-robust
        // (x + 1e5 is as estimable as x, as in R's lm and statsmodels) as well as scale-robust.
        var xtx = LinearAlgebra.CrossProduct(sub, w, threads, CentringShifts(sub, w));
        foreach (var d in LinearAlgebra.CollinearColumns(xtx, sub.Length, tol))
        {
            why[candidates[d]] = "collinear with other regressors";
        }

        var dropped = new int[why.Count];
        why.Keys.CopyTo(dropped, 0);
        Array.Sort(dropped);
        return (dropped, why);
    }

    /// <summary>0..k−1 without the (sorted or not) indices in <paramref name="drop"/>, in order.</summary>
    public static int[] Complement(int k, int[] drop)
    {
        var isDropped = new bool[k];
        foreach (var d in drop)
        {
            isDropped[d] = true;
        }

        var kept = new List<int>(k);
        for (var j = 0; j < k; j++)
        {
            if (!isDropped[j])
            {
                kept.Add(j);
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// β = (X'WX)⁻¹X'Wz and the bread (X'WX)⁻¹. With an intercept column the other columns are centred on their
    /// weighted means first (U = X − 1s', γ = U-scale coefficients) and mapped back exactly: β = Aγ and
    /// (X'WX)⁻¹ = A(U'WU)⁻¹A', where A is the identity except row c (the intercept): A[c, j] = −s_j / v.
    /// </summary>
    public static (double[] Beta, double[] Bread) Solve(double[][] x, double[] z, double[]? w, int threads) =>
        Solve(x, z, w, threads, CentringShifts(x, w));

    /// <summary>
    /// As <see cref="Solve(double[][], double[], double[], int)"/> with given shifts (null: no centring), e.g. the
    /// weighted means of an earlier IRLS step: the mapping back to X's scale is exact for any shift, so shifts
    /// only need to be close to the means for the cancellation they avoid.
    /// </summary>
    public static (double[] Beta, double[] Bread) Solve(double[][] x, double[] z, double[]? w, int threads, double[]? shift)
    {
        var k = x.Length;
        // One pass for U'WU and U'Wz: z is the last column of the cross product (not shifted).
        var cols = new double[k + 1][];
        Array.Copy(x, cols, k);
        cols[k] = z;
        double[]? sh = null;
        if (shift is not null)
        {
            sh = new double[k + 1];
            Array.Copy(shift, sh, k);
        }

        var m = k + 1;
        var cp = CrossProducts.Weighted(cols, w, sh, threads);
        var utu = new double[k * k];
        var utz = new double[k];
        for (var r = 0; r < k; r++)
        {
            Array.Copy(cp, r * m, utu, r * k, k);
            utz[r] = cp[(k * m) + r];
        }

        var inv = LinearAlgebra.InverseSpd(utu, k)
            ?? throw new EstimationException("The regressors are (numerically) collinear and could not be screened out; simplify the model.");
        var gamma = LinearAlgebra.MatVec(inv, utz, k);
        if (shift is null)
        {
            return (gamma, inv);
        }

        var c = InterceptColumn(x);
        var v = x[c][0];
        var a = new double[k * k];
        for (var j = 0; j < k; j++)
        {
            a[(j * k) + j] = 1;
            if (j != c)
            {
                a[(c * k) + j] = -shift[j] / v;
            }
        }

        var beta = LinearAlgebra.MatVec(a, gamma, k);
        var bread = new double[k * k];
        var ai = LinearAlgebra.MatMul(a, inv, k); // A · inv, then (A · inv) · A'
        for (var r = 0; r < k; r++)
        {
            for (var q = 0; q <= r; q++)
            {
                double acc = 0;
                for (var p = 0; p < k; p++)
                {
                    acc += ai[(r * k) + p] * a[(q * k) + p];
                }

                bread[(r * k) + q] = acc;
                bread[(q * k) + r] = acc;
            }
        }

        return (beta, bread);
    }

    /// <summary>The weighted mean of every column except the intercept (shift 0), or null when there is no intercept column.</summary>
    internal static double[]? CentringShifts(double[][] x, double[]? w)
    {
        var c = InterceptColumn(x);
        if (c < 0 || x.Length < 2)
        {
            return null;
        }

        var n = x[c].Length;
        var sw = w is null ? n : Sum(w);
        if (!(sw > 0))
        {
            return null;
        }

        var shift = new double[x.Length];
        Parallel.For(0, x.Length, new ParallelOptions { MaxDegreeOfParallelism = n < 100_000 ? 1 : Environment.ProcessorCount }, j =>
        {
            if (j != c)
            {
                shift[j] = (w is null ? Sum(x[j]) : LinearAlgebra.Dot(w, x[j])) / sw;
            }
        });

        return shift;
    }

    private static double Sum(ReadOnlySpan<double> v)
    {
        var acc = System.Numerics.Vector<double>.Zero;
        var vs = System.Numerics.Vector<double>.Count;
        var i = 0;
        for (; i <= v.Length - vs; i += vs)
        {
            acc += new System.Numerics.Vector<double>(v.Slice(i, vs));
        }

        var s = System.Numerics.Vector.Sum(acc);
        for (; i < v.Length; i++)
        {
            s += v[i];
        }

        return s;
    }

    /// <summary>The first column that is one non-zero constant (the intercept), or −1.</summary>
    internal static int InterceptColumn(double[][] x)
    {
        for (var j = 0; j < x.Length; j++)
        {
            var col = x[j];
            if (col.Length == 0 || col[0] == 0 || !double.IsFinite(col[0]))
            {
                continue;
            }

            var v = col[0];
            var constant = true;
            for (var i = 1; i < col.Length; i++)
            {
                if (col[i] != v)
                {
                    constant = false;
                    break;
                }
            }

            if (constant)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>r = z − Xβ.</summary>
    public static double[] Residuals(double[][] x, double[] z, double[] beta, int threads)
    {
        var n = z.Length;
        var r = new double[n];
        var chunks = n < 100_000 ? 1 : threads;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, chunks) }, t =>
        {
            var from = (int)((long)n * t / chunks);
            var to = (int)((long)n * (t + 1) / chunks);
            var rs = r.AsSpan(from, to - from);
            z.AsSpan(from, to - from).CopyTo(rs);
            for (var j = 0; j < x.Length; j++)
            {
                VectorOps.SubtractScaled(rs, beta[j], x[j].AsSpan(from, to - from));
            }
        });
        return r;
    }
}
