using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// Small dense symmetric positive-definite helpers (k×k, row-major <c>double[k*k]</c>) used by the
/// penalised and rare-events logit engines: Cholesky factor, solve, inverse and log-determinant.
/// </summary>
internal static class LogitLinearAlgebra
{
    /// <summary>Lower Cholesky factor of a k×k SPD matrix; false if not positive definite.</summary>
    public static bool TryCholesky(double[] a, int k, out double[] l)
    {
        var factor = LinearAlgebra.CholeskySpd(a, k);
        l = factor ?? new double[k * k];
        return factor is not null;
    }

    /// <summary>log|A| from its Cholesky factor.</summary>
    public static double LogDeterminant(double[] l, int k)
    {
        var s = 0.0;
        for (var i = 0; i < k; i++)
        {
            s += Math.Log(l[i * k + i]);
        }

        return 2 * s;
    }

    /// <summary>Solves A x = b given the Cholesky factor of A.</summary>
    public static double[] Solve(double[] l, int k, double[] b)
    {
        var z = new double[k];
        for (var i = 0; i < k; i++)
        {
            var s = b[i];
            for (var p = 0; p < i; p++)
            {
                s -= l[i * k + p] * z[p];
            }

            z[i] = s / l[i * k + i];
        }

        var x = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var s = z[i];
            for (var p = i + 1; p < k; p++)
            {
                s -= l[p * k + i] * x[p];
            }

            x[i] = s / l[i * k + i];
        }

        return x;
    }

    /// <summary>A^-1 given the Cholesky factor of A (symmetric, row-major).</summary>
    public static double[] Inverse(double[] l, int k)
    {
        var inv = new double[k * k];
        var e = new double[k];
        for (var j = 0; j < k; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            var col = Solve(l, k, e);
            for (var i = 0; i < k; i++)
            {
                inv[i * k + j] = col[i];
            }
        }

        return inv;
    }

    /// <summary>The sub-matrix of a k×k matrix on the given indices.</summary>
    public static double[] Sub(double[] a, int k, int[] idx)
    {
        var m = idx.Length;
        var s = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                s[i * m + j] = a[idx[i] * k + idx[j]];
            }
        }

        return s;
    }

    /// <summary>X' diag(w) X for column-major X (k columns of length n).</summary>
    public static double[] CrossProduct(double[][] x, double[] w)
    {
        var k = x.Length;
        var n = w.Length;
        var a = new double[k * k];
        var wx = new double[n];
        for (var i = 0; i < k; i++)
        {
            var xi = x[i];
            for (var r = 0; r < n; r++)
            {
                wx[r] = w[r] * xi[r];
            }

            for (var j = 0; j <= i; j++)
            {
                var xj = x[j];
                var s = 0.0;
                for (var r = 0; r < n; r++)
                {
                    s += wx[r] * xj[r];
                }

                a[i * k + j] = s;
                a[j * k + i] = s;
            }
        }

        return a;
    }

    /// <summary>Quadratic forms q_r = x_r' C x_r for every row r of column-major X.</summary>
    public static double[] RowQuadraticForms(double[][] x, double[] c)
    {
        var k = x.Length;
        var n = x.Length == 0 ? 0 : x[0].Length;
        var q = new double[n];
        var row = new double[k];
        for (var r = 0; r < n; r++)
        {
            for (var i = 0; i < k; i++)
            {
                row[i] = x[i][r];
            }

            var s = 0.0;
            for (var i = 0; i < k; i++)
            {
                var t = 0.0;
                for (var j = 0; j < k; j++)
                {
                    t += c[i * k + j] * row[j];
                }

                s += row[i] * t;
            }

            q[r] = s;
        }

        return q;
    }

    /// <summary>q_r = x_r' A^−1 x_r = ||L^−1 x_r||² for every row of column-major X, given the Cholesky factor L of A.</summary>
    public static double[] RowQuadraticFormsCholesky(double[][] x, double[] l, int threads = 1)
    {
        var k = x.Length;
        var n = k == 0 ? 0 : x[0].Length;
        var q = new double[n];
        var chunks = n < 50_000 ? 1 : Math.Max(1, threads);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, c =>
        {
            var z = new double[k];
            var from = (int)((long)n * c / chunks);
            var to = (int)((long)n * (c + 1) / chunks);
            for (var r = from; r < to; r++)
            {
                var s2 = 0.0;
                for (var i = 0; i < k; i++)
                {
                    var s = x[i][r];
                    for (var p = 0; p < i; p++)
                    {
                        s -= l[(i * k) + p] * z[p];
                    }

                    z[i] = s / l[(i * k) + i];
                    s2 += z[i] * z[i];
                }

                q[r] = s2;
            }
        });

        return q;
    }
}
