namespace Caravan.Estimation.FixedEffects;

/// <summary>
/// Weighted demeaning of columns with respect to Q fixed effects: the fixed-effect coefficients α solve
/// min Σ wᵢ(xᵢ − Σ_q α_q[c_q(i)])², found by alternating projections (Gauss–Seidel sweeps over the fixed
/// effects) accelerated with Irons &amp; Tuck's (1969) extrapolation, as fixest does. One fixed effect is solved
/// exactly in one pass. Columns are demeaned in parallel; α can be warm-started (IRLS).
/// </summary>
internal sealed class Demeaner
{
    private readonly int[][] codes;
    private readonly int[] groups;
    private readonly int[] offsets;
    private readonly double[]? weights;
    private readonly double[][] sumW;

    public Demeaner(int[][] codes, int[] groups, double[]? weights)
    {
        this.codes = codes;
        this.groups = groups;
        this.weights = weights;
        N = codes.Length == 0 ? 0 : codes[0].Length;
        offsets = new int[groups.Length + 1];
        for (var q = 0; q < groups.Length; q++)
        {
            offsets[q + 1] = offsets[q] + groups[q];
        }

        sumW = new double[groups.Length][];
        for (var q = 0; q < groups.Length; q++)
        {
            var s = new double[groups[q]];
            var c = codes[q];
            if (weights is null)
            {
                for (var i = 0; i < N; i++)
                {
                    s[c[i]] += 1;
                }
            }
            else
            {
                for (var i = 0; i < N; i++)
                {
                    s[c[i]] += weights[i];
                }
            }

            sumW[q] = s;
        }
    }

    public int N { get; }

    /// <summary>Diagnostics: total Gauss–Seidel sweeps done by all demeaners in this process.</summary>
    internal static long TotalSweeps;

    public int Q => groups.Length;

    /// <summary>Total number of fixed-effect coefficients (Σ G_q).</summary>
    public int AlphaLength => offsets[^1];

    public int Offset(int q) => offsets[q];

    /// <summary>Demeans every column (in parallel); alphas[j] is the warm start and receives the solution.</summary>
    public (int MaxIterations, bool Converged) DemeanMany(double[][] columns, double[][] results, double[][] alphas, double tol, int maxIter, int threads)
    {
        var iters = new int[columns.Length];
        var conv = new bool[columns.Length];
        Parallel.For(0, columns.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, j =>
        {
            (iters[j], conv[j]) = Demean(columns[j], results[j], alphas[j], tol, maxIter);
        });
        return (iters.Length == 0 ? 0 : iters.Max(), conv.All(c => c));
    }

    /// <summary>result = x − Σ_q α_q[c_q]; α (length <see cref="AlphaLength"/>) is warm start and output.</summary>
    public (int Iterations, bool Converged) Demean(double[] x, double[] result, double[] alpha, double tol, int maxIter)
    {
        if (Q == 1)
        {
            OneWay(x, result, alpha);
            return (1, true);
        }

        var r = result;
        Residual(x, alpha, r);
        var xPrev = new double[alpha.Length];
        var gx = new double[alpha.Length];
        for (var iter = 1; iter <= maxIter; iter++)
        {
            Array.Copy(alpha, xPrev, alpha.Length);
            Sweep(alpha, r);
            if (Converged(xPrev, alpha, tol))
            {
                return (iter, true);
            }

            Array.Copy(alpha, gx, alpha.Length);
            Sweep(alpha, r);
            if (Converged(gx, alpha, tol))
            {
                return (iter, true);
            }

            // Irons–Tuck: α ← GGX − (⟨δ1,δ2⟩/⟨δ2,δ2⟩)·δ1, δ1 = GGX − GX, δ2 = GGX − 2GX + X.
            double num = 0, den = 0;
            for (var k = 0; k < alpha.Length; k++)
            {
                var d1 = alpha[k] - gx[k];
                var d2 = d1 - (gx[k] - xPrev[k]);
                num += d1 * d2;
                den += d2 * d2;
            }

            if (den > 0 && double.IsFinite(num / den))
            {
                var ratio = num / den;
                for (var k = 0; k < alpha.Length; k++)
                {
                    alpha[k] -= ratio * (alpha[k] - gx[k]);
                }

                Residual(x, alpha, r);
            }
        }

        return (maxIter, false);
    }

    private static bool Converged(double[] before, double[] after, double tol)
    {
        for (var k = 0; k < after.Length; k++)
        {
            if (Math.Abs(after[k] - before[k]) > tol * (0.1 + Math.Abs(after[k])))
            {
                return false;
            }
        }

        return true;
    }

    private void OneWay(double[] x, double[] result, double[] alpha)
    {
        var c = codes[0];
        Array.Clear(alpha);
        if (weights is null)
        {
            for (var i = 0; i < N; i++)
            {
                alpha[c[i]] += x[i];
            }
        }
        else
        {
            for (var i = 0; i < N; i++)
            {
                alpha[c[i]] += weights[i] * x[i];
            }
        }

        var sw = sumW[0];
        for (var g = 0; g < alpha.Length; g++)
        {
            alpha[g] /= sw[g];
        }

        for (var i = 0; i < N; i++)
        {
            result[i] = x[i] - alpha[c[i]];
        }
    }

    private void Residual(double[] x, double[] alpha, double[] r)
    {
        Array.Copy(x, r, N);
        for (var q = 0; q < Q; q++)
        {
            var c = codes[q];
            var a = alpha.AsSpan(offsets[q], groups[q]);
            for (var i = 0; i < N; i++)
            {
                r[i] -= a[c[i]];
            }
        }
    }

    // One Gauss–Seidel sweep: for each q, α_q ← weighted group means of r + α_q, keeping r = x − Σα consistent.
    // The update of r by fixed effect q is fused with the accumulation of the sums for q + 1 (Q + 1 passes).
    private void Sweep(double[] alpha, double[] r)
    {
        Interlocked.Increment(ref TotalSweeps);
        var w = weights;
        var n = N;
        var sums = new double[groups[0]];
        {
            var c = codes[0];
            if (w is null)
            {
                for (var i = 0; i < n; i++)
                {
                    sums[c[i]] += r[i];
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    sums[c[i]] += w[i] * r[i];
                }
            }
        }

        for (var q = 0; q < Q; q++)
        {
            var c = codes[q];
            var a = alpha.AsSpan(offsets[q], groups[q]);
            var sw = sumW[q];
            for (var g = 0; g < sums.Length; g++)
            {
                sums[g] /= sw[g];
                a[g] += sums[g];
            }

            if (q + 1 < Q)
            {
                var c2 = codes[q + 1];
                var next = new double[groups[q + 1]];
                if (w is null)
                {
                    for (var i = 0; i < n; i++)
                    {
                        var ri = r[i] - sums[c[i]];
                        r[i] = ri;
                        next[c2[i]] += ri;
                    }
                }
                else
                {
                    for (var i = 0; i < n; i++)
                    {
                        var ri = r[i] - sums[c[i]];
                        r[i] = ri;
                        next[c2[i]] += w[i] * ri;
                    }
                }

                sums = next;
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    r[i] -= sums[c[i]];
                }
            }
        }
    }
}
