namespace Caravan.Estimation.Formula;

/// <summary>R's <c>poly()</c>: orthogonal polynomials via the three-term recurrence (alpha, norm2 as R stores them).</summary>
internal static class OrthoPoly
{
    public static (double[] Alpha, double[] Norm2) Coefficients(double[] x, int degree)
    {
        if (x.Distinct().Count() <= degree)
        {
            throw new EstimationException($"poly(): degree {degree} needs more than {degree} distinct values.");
        }

        var n = x.Length;
        var alpha = new double[degree];
        var norm2 = new double[degree + 2];
        norm2[0] = 1;
        var pPrev = new double[n];
        var p = Enumerable.Repeat(1.0, n).ToArray();
        norm2[1] = n;
        for (var j = 0; j < degree; j++)
        {
            double sxp = 0;
            for (var i = 0; i < n; i++)
            {
                sxp += x[i] * p[i] * p[i];
            }

            alpha[j] = sxp / norm2[j + 1];
            var next = new double[n];
            double nn = 0;
            for (var i = 0; i < n; i++)
            {
                next[i] = ((x[i] - alpha[j]) * p[i]) - (norm2[j + 1] / norm2[j] * pPrev[i]);
                nn += next[i] * next[i];
            }

            norm2[j + 2] = nn;
            pPrev = p;
            p = next;
        }

        return (alpha, norm2);
    }

    /// <summary>Column <paramref name="power"/> (1..degree) of the orthonormal basis at x.</summary>
    public static double[] Evaluate(double[] x, double[] alpha, double[] norm2, int power)
    {
        var o = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            double prev = 0, cur = 1;
            for (var j = 0; j < power; j++)
            {
                var next = ((x[i] - alpha[j]) * cur) - (norm2[j + 1] / norm2[j] * prev);
                prev = cur;
                cur = next;
            }

            o[i] = cur / Math.Sqrt(norm2[power + 1]);
        }

        return o;
    }
}
