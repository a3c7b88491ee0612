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
            var ssDem = LinearAlgebra.WDot(w, demeaned[j], demeaned[j], threads);
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
        var xtx = LinearAlgebra.CrossProduct(sub, w, threads);
        foreach (var d in LinearAlgebra.CollinearColumns(xtx, sub.Length, tol))
        {
            why[candidates[d]] = "collinear with other regressors";
        }

        return (why.Keys.Order().ToArray(), why);
    }

    /// <summary>β = (X'WX)⁻¹X'Wz and the bread (X'WX)⁻¹.</summary>
    public static (double[] Beta, double[] Bread) Solve(double[][] x, double[] z, double[]? w, int threads)
    {
        var k = x.Length;
        var xtx = LinearAlgebra.CrossProduct(x, w, threads);
        var inv = LinearAlgebra.InverseSpd(xtx, k)
            ?? throw new EstimationException("The regressors are (numerically) collinear and could not be screened out; simplify the model.");
        var xtz = LinearAlgebra.CrossVector(x, w, z, threads);
        return (LinearAlgebra.MatVec(inv, xtz, k), inv);
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
                var b = beta[j];
                var xs = x[j].AsSpan(from, to - from);
                for (var i = 0; i < rs.Length; i++)
                {
                    rs[i] -= b * xs[i];
                }
            }
        });
        return r;
    }
}
