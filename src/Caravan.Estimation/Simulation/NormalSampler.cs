using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// Seeded multivariate normal draws: standard normals by Marsaglia's polar method from a seeded
/// <see cref="Random"/> (the seeded constructor uses a fixed, documented algorithm, so the stream is
/// reproducible), mapped through the lower Cholesky factor L of V: β̃ = β̂ + L z.
/// </summary>
internal sealed class NormalSampler
{
    private readonly Random random;
    private double spare;
    private bool hasSpare;

    public NormalSampler(int seed) => random = new Random(seed);

    public double Next()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * random.NextDouble()) - 1;
            v = (2 * random.NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }

    /// <summary>M draws (rows) of N(mean, cov); cov is k×k row-major and must be positive semi-definite.</summary>
    public double[][] Multivariate(double[] mean, double[] cov, int draws)
    {
        var k = mean.Length;
        var l = CholeskyPsd(cov, k);
        var result = new double[draws][];
        var z = new double[k];
        for (var m = 0; m < draws; m++)
        {
            for (var j = 0; j < k; j++)
            {
                z[j] = Next();
            }

            var b = new double[k];
            for (var i = 0; i < k; i++)
            {
                var s = mean[i];
                for (var j = 0; j <= i; j++)
                {
                    s += l[(i * k) + j] * z[j];
                }

                b[i] = s;
            }

            result[m] = b;
        }

        return result;
    }

    /// <summary>Cholesky factor tolerating exact zeros on the diagonal (e.g. a fixed coefficient).</summary>
    private static double[] CholeskyPsd(double[] a, int k)
    {
        var l = new double[k * k];
        for (var j = 0; j < k; j++)
        {
            var d = LinearAlgebra.CholeskyPivot(a, l, k, j);
            var scale = Math.Max(Math.Abs(a[(j * k) + j]), 1e-300);
            if (d < -1e-10 * scale || double.IsNaN(d))
            {
                throw new EstimationException("Simulation: the coefficient variance is not positive semi-definite; cannot draw coefficients.");
            }

            if (d <= 1e-14 * scale)
            {
                continue; // zero variance direction: column stays 0
            }

            LinearAlgebra.CholeskyColumn(a, l, k, j, Math.Sqrt(d));
        }

        return l;
    }
}
