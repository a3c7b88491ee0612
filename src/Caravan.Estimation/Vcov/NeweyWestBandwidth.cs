using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Vcov;

/// <summary>
/// The default lag of time-series Newey–West as fixest 0.12.1 computes it: ⌊sandwich::bwNeweyWest(scores, weights = 1)⌋
/// (Newey &amp; West 1994) on the scores sorted by time, the intercept's column left out (unless it is the only one):
/// Bartlett kernel, the scores prewhitened by a VAR(1) fitted by OLS without intercept (R's ar(…, method = "ols",
/// demean = FALSE)), h_t = the sum of the residuals' columns, σ_j = Σ_t h_t h_{t+j} / (n−1) for j = 0..m with
/// m = ⌊3·(n/100)^(2/9)⌋, s₀ = σ₀ + 2Σσ_j, s₁ = 2Σ j·σ_j, bandwidth 1.1447·((s₁/s₀)²)^(1/3)·n^(1/3).
/// </summary>
internal static class NeweyWestBandwidth
{
    /// <param name="scores">n×K row-major scores, rows in time order.</param>
    /// <param name="names">The K term names (the "(Intercept)" column is left out when K &gt; 1).</param>
    public static int Lag(double[] scores, int n, IReadOnlyList<string> names)
    {
        var keep = Enumerable.Range(0, names.Count).Where(j => names.Count == 1 || names[j] != "(Intercept)").ToArray();
        var k = keep.Length;
        var kAll = names.Count;
        if (n < 3 || k == 0)
        {
            return 0;
        }

        double U(int t, int j) => scores[(t * kAll) + keep[j]];

        // VAR(1) by OLS: A = (X'X)⁻¹X'Y with X = u_{t−1}, Y = u_t.
        var xx = new double[k * k];
        var xy = new double[k * k];
        for (var t = 1; t < n; t++)
        {
            for (var a = 0; a < k; a++)
            {
                var xa = U(t - 1, a);
                for (var b = 0; b < k; b++)
                {
                    xx[(a * k) + b] += xa * U(t - 1, b);
                    xy[(a * k) + b] += xa * U(t, b);
                }
            }
        }

        var inv = LinearAlgebra.InverseSpd(xx, k)
            ?? throw new EstimationException("Newey-West default lag: the VAR(1) prewhitening of the scores is singular; give the lag (nw:L).");
        var coef = LinearAlgebra.MatMul(inv, xy, k);

        // h_t: row sums of the residuals u_t − A'u_{t−1}, t = 1..n−1.
        var m = (int)Math.Floor(3 * Math.Pow(n / 100.0, 2.0 / 9.0));
        var nw = n - 1;
        var h = new double[nw];
        for (var t = 1; t < n; t++)
        {
            double s = 0;
            for (var b = 0; b < k; b++)
            {
                var fitted = 0.0;
                for (var a = 0; a < k; a++)
                {
                    fitted += U(t - 1, a) * coef[(a * k) + b];
                }

                s += U(t, b) - fitted;
            }

            h[t - 1] = s;
        }

        double Sigma(int j)
        {
            double s = 0;
            for (var t = 0; t + j < nw; t++)
            {
                s += h[t] * h[t + j];
            }

            return s / nw;
        }

        var s0 = Sigma(0);
        double s1 = 0;
        for (var j = 1; j <= m && j < nw; j++)
        {
            var sj = Sigma(j);
            s0 += 2 * sj;
            s1 += 2 * j * sj;
        }

        var bandwidth = 1.1447 * Math.Pow(s1 / s0 * (s1 / s0), 1.0 / 3.0) * Math.Pow(n, 1.0 / 3.0);
        return double.IsFinite(bandwidth) ? (int)Math.Floor(bandwidth) : 0;
    }
}
