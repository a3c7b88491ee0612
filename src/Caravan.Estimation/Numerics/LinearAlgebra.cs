using System.Numerics;

namespace Caravan.Estimation.Numerics;

/// <summary>Dense kernels: SIMD dot products, cross-products, Cholesky with collinearity detection.</summary>
internal static class LinearAlgebra
{
    // Vector<T> code is never precompiled: compiled fully optimised on first call, not first run unoptimised.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var vs = Vector<double>.Count;
        var acc = Vector<double>.Zero;
        var i = 0;
        for (; i <= a.Length - vs; i += vs)
        {
            acc += new Vector<double>(a.Slice(i, vs)) * new Vector<double>(b.Slice(i, vs));
        }

        var s = Vector.Sum(acc);
        for (; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static double Dot3(ReadOnlySpan<double> w, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var vs = Vector<double>.Count;
        var acc = Vector<double>.Zero;
        var i = 0;
        for (; i <= a.Length - vs; i += vs)
        {
            acc += new Vector<double>(w.Slice(i, vs)) * new Vector<double>(a.Slice(i, vs)) * new Vector<double>(b.Slice(i, vs));
        }

        var s = Vector.Sum(acc);
        for (; i < a.Length; i++)
        {
            s += w[i] * a[i] * b[i];
        }

        return s;
    }

    /// <summary>Weighted dot product, split across threads for long vectors.</summary>
    public static double WDot(double[]? w, double[] a, double[] b, int threads)
    {
        var n = a.Length;
        if (n < 200_000 || threads <= 1)
        {
            return w is null ? Dot(a, b) : Dot3(w, a, b);
        }

        var parts = new double[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var from = (int)((long)n * t / threads);
            var to = (int)((long)n * (t + 1) / threads);
            parts[t] = w is null ? Dot(a.AsSpan(from, to - from), b.AsSpan(from, to - from)) : Dot3(w.AsSpan(from, to - from), a.AsSpan(from, to - from), b.AsSpan(from, to - from));
        });
        return parts.Sum();
    }

    /// <summary>X'WX (K×K row-major) for column-major X, optionally of the shifted columns x − s (<see cref="CrossProducts"/>).</summary>
    public static double[] CrossProduct(double[][] x, double[]? w, int threads, double[]? shift = null) =>
        CrossProducts.Weighted(x, w, shift, threads);

    public static double[] CrossVector(double[][] x, double[]? w, double[] y, int threads)
    {
        var r = new double[x.Length];
        if (x.Length >= threads && threads > 1)
        {
            Parallel.For(0, x.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, j =>
            {
                r[j] = w is null ? Dot(x[j], y) : Dot3(w, x[j], y);
            });
        }
        else
        {
            for (var j = 0; j < x.Length; j++)
            {
                r[j] = WDot(w, x[j], y, threads);
            }
        }

        return r;
    }

    /// <summary>
    /// Cholesky of a K×K symmetric matrix, skipping columns whose pivot falls below tol × their diagonal
    /// (collinear with earlier columns, or all zero). Returns the kept column indices.
    /// </summary>
    public static int[] CollinearColumns(double[] a, int k, double tol)
    {
        var l = new double[k * k];
        var kept = new List<int>();
        var dropped = new List<int>();
        for (var j = 0; j < k; j++)
        {
            var diag = a[(j * k) + j];
            var d = CholeskyPivot(a, l, k, j); // dropped columns of L are zero, so they subtract nothing
            if (!(diag > 0) || d <= tol * diag)
            {
                dropped.Add(j);
                continue;
            }

            CholeskyColumn(a, l, k, j, Math.Sqrt(d));

            kept.Add(j);
        }

        return dropped.ToArray();
    }

    /// <summary>Lower Cholesky factor L (row-major K×K) of a symmetric positive-definite matrix; null when a pivot is not positive.</summary>
    public static double[]? CholeskySpd(double[] a, int k)
    {
        var l = new double[k * k];
        for (var j = 0; j < k; j++)
        {
            var d = CholeskyPivot(a, l, k, j);
            if (!(d > 0))
            {
                return null;
            }

            CholeskyColumn(a, l, k, j, Math.Sqrt(d));
        }

        return l;
    }

    /// <summary>Column-wise Cholesky, step j: the pivot a[j,j] − Σ_{p&lt;j} L[j,p]².</summary>
    internal static double CholeskyPivot(double[] a, double[] l, int k, int j)
    {
        var d = a[(j * k) + j];
        for (var p = 0; p < j; p++)
        {
            d -= l[(j * k) + p] * l[(j * k) + p];
        }

        return d;
    }

    /// <summary>Column-wise Cholesky, step j: sets L[j,j] = ljj and L[i,j] = (a[i,j] − Σ_{p&lt;j} L[i,p]·L[j,p]) / ljj for i &gt; j.</summary>
    internal static void CholeskyColumn(double[] a, double[] l, int k, int j, double ljj)
    {
        l[(j * k) + j] = ljj;
        for (var i = j + 1; i < k; i++)
        {
            var s = a[(i * k) + j];
            for (var p = 0; p < j; p++)
            {
                s -= l[(i * k) + p] * l[(j * k) + p];
            }

            l[(i * k) + j] = s / ljj;
        }
    }

    /// <summary>Inverse of a symmetric positive-definite matrix by Cholesky; null when not positive definite.</summary>
    public static double[]? InverseSpd(double[] a, int k)
    {
        if (CholeskySpd(a, k) is not { } l)
        {
            return null;
        }

        return InverseFromCholesky(l, k);
    }

    /// <summary>L⁻¹ (row-major, lower) of a lower-triangular L with a positive diagonal, into <paramref name="li"/>.</summary>
    public static void InverseLower(double[] l, int k, double[] li)
    {
        Array.Clear(li, 0, k * k);
        for (var i = 0; i < k; i++)
        {
            li[(i * k) + i] = 1 / l[(i * k) + i];
            for (var j = 0; j < i; j++)
            {
                double s = 0;
                for (var p = j; p < i; p++)
                {
                    s += l[(i * k) + p] * li[(p * k) + j];
                }

                li[(i * k) + j] = -s / l[(i * k) + i];
            }
        }
    }

    /// <summary>A⁻¹ = L⁻ᵀL⁻¹ from the lower Cholesky factor L of A.</summary>
    public static double[] InverseFromCholesky(double[] l, int k)
    {
        var li = new double[k * k];
        InverseLower(l, k, li);
        var inv = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                double s = 0;
                for (var p = i; p < k; p++)
                {
                    s += li[(p * k) + i] * li[(p * k) + j];
                }

                inv[(i * k) + j] = s;
                inv[(j * k) + i] = s;
            }
        }

        return inv;
    }

    /// <summary>The product AB of two k×k row-major matrices.</summary>
    public static double[] MatMul(double[] a, double[] b, int k)
    {
        var r = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                double s = 0;
                for (var p = 0; p < k; p++)
                {
                    s += a[(i * k) + p] * b[(p * k) + j];
                }

                r[(i * k) + j] = s;
            }
        }

        return r;
    }

    public static double[] MatVec(double[] m, double[] v, int k)
    {
        var r = new double[k];
        for (var i = 0; i < k; i++)
        {
            double s = 0;
            for (var j = 0; j < k; j++)
            {
                s += m[(i * k) + j] * v[j];
            }

            r[i] = s;
        }

        return r;
    }

    public static double[] Submatrix(double[] a, int k, int[] keep)
    {
        var m = keep.Length;
        var r = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                r[(i * m) + j] = a[(keep[i] * k) + keep[j]];
            }
        }

        return r;
    }
}
