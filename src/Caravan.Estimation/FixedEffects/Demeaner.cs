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
    private readonly int maxGroups;
    private readonly SortedLayout? layout;
    private Workspace[] workspaces = [];

    /// <summary>Per-column scratch buffers (coefficient-space vectors), reused across calls and IRLS iterations.</summary>
    internal sealed class Workspace(int alphaLength, int maxGroups)
    {
        public readonly double[] Sx = new double[alphaLength];
        public readonly double[] Prev = new double[alphaLength];
        public readonly double[] Gx = new double[alphaLength];
        public readonly double[] Acc = new double[maxGroups];
    }

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
            sumW[q] = new double[groups[q]];
            maxGroups = Math.Max(maxGroups, groups[q]);
        }

        // The sorted layout (two passes) and the group weight sums (Q passes) are independent: build them together.
        SortedLayout? sorted = null;
        Parallel.Invoke(
            () => sorted = groups.Length > 1 ? new SortedLayout(codes, groups, weights is not null) : null,
            () => GroupWeights());
        layout = sorted;
        if (weights is not null)
        {
            layout?.Reweight(weights);
        }
    }

    /// <summary>
    /// Recomputes the per-group weight sums after the caller changed the contents of the weight array given to
    /// the constructor (IRLS updates its working weights in place, so one demeaner serves every iteration).
    /// </summary>
    public void Reweight()
    {
        if (weights is not null && layout is not null)
        {
            Parallel.Invoke(() => layout.Reweight(weights), GroupWeights);
        }
        else
        {
            GroupWeights();
        }
    }

    private void GroupWeights()
    {
        for (var q = 0; q < groups.Length; q++)
        {
            var s = sumW[q];
            Array.Clear(s);
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
        }
    }

    public int N { get; }

    /// <summary>Diagnostics: total Gauss–Seidel sweeps done by all demeaners in this process.</summary>
    internal static long TotalSweeps;

    public int Q => groups.Length;

    /// <summary>Total number of fixed-effect coefficients (Σ G_q).</summary>
    public int AlphaLength => offsets[^1];

    public int Offset(int q) => offsets[q];

    /// <summary>Every column demeaned into a new array (cold start); the columns are left as they are.</summary>
    public (double[][] Results, int MaxIterations, bool Converged) DemeanCopies(double[][] columns, double tol, int maxIter, int threads)
    {
        var results = new double[columns.Length][];
        var alphas = new double[columns.Length][];
        for (var j = 0; j < columns.Length; j++)
        {
            results[j] = new double[N];
            alphas[j] = new double[AlphaLength];
        }

        var (it, conv) = DemeanMany(columns, results, alphas, tol, maxIter, threads);
        return (results, it, conv);
    }

    /// <summary>Demeans every column (in parallel); alphas[j] is the warm start and receives the solution.</summary>
    public (int MaxIterations, bool Converged) DemeanMany(double[][] columns, double[][] results, double[][] alphas, double tol, int maxIter, int threads)
    {
        var iters = new int[columns.Length];
        var conv = new bool[columns.Length];
        if (Q > 1 && workspaces.Length < columns.Length)
        {
            var ws = new Workspace[columns.Length];
            Array.Copy(workspaces, ws, workspaces.Length);
            for (var j = workspaces.Length; j < ws.Length; j++)
            {
                ws[j] = new Workspace(AlphaLength, maxGroups);
            }

            workspaces = ws;
        }

        Parallel.For(0, columns.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, j =>
        {
            (iters[j], conv[j]) = Demean(columns[j], results[j], alphas[j], tol, maxIter, Q > 1 ? workspaces[j] : null);
        });
        var most = 0;
        var all = true;
        for (var j = 0; j < iters.Length; j++)
        {
            most = Math.Max(most, iters[j]);
            all &= conv[j];
        }

        return (most, all);
    }

    /// <summary>result = x − Σ_q α_q[c_q]; α (length <see cref="AlphaLength"/>) is warm start and output.</summary>
    public (int Iterations, bool Converged) Demean(double[] x, double[] result, double[] alpha, double tol, int maxIter, Workspace? work = null)
    {
        if (Q == 1)
        {
            OneWay(x, result, alpha);
            return (1, true);
        }

        // Work in coefficient space: S_q = Σ_{i∈g} wᵢxᵢ once, then each sweep only gathers the other
        // fixed effects' coefficients (no n-vector of residuals to maintain); the residual is formed at the end.
        work ??= new Workspace(AlphaLength, maxGroups);
        var sx = work.Sx;
        GroupSums(x, sx);
        var xPrev = work.Prev;
        var gx = work.Gx;
        var acc = work.Acc;
        for (var iter = 1; iter <= maxIter; iter++)
        {
            Array.Copy(alpha, xPrev, alpha.Length);
            Sweep(alpha, sx, acc);
            if (Converged(xPrev, alpha, tol))
            {
                Residual(x, alpha, result);
                return (iter, true);
            }

            Array.Copy(alpha, gx, alpha.Length);
            Sweep(alpha, sx, acc);
            if (Converged(gx, alpha, tol))
            {
                Residual(x, alpha, result);
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
            }
        }

        Residual(x, alpha, result);
        return (maxIter, false);
    }

    private void GroupSums(double[] x, double[] s)
    {
        Array.Clear(s);
        for (var q = 0; q < Q; q++)
        {
            var c = codes[q];
            var o = offsets[q];
            if (weights is null)
            {
                for (var i = 0; i < N; i++)
                {
                    s[o + c[i]] += x[i];
                }
            }
            else
            {
                for (var i = 0; i < N; i++)
                {
                    s[o + c[i]] += weights[i] * x[i];
                }
            }
        }
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

    // One Gauss–Seidel sweep in coefficient space (on the sorted layout).
    private void Sweep(double[] alpha, double[] sx, double[] accBuffer)
    {
        Interlocked.Increment(ref TotalSweeps);
        layout!.Sweep(alpha, sx, sumW, offsets, accBuffer);
    }
}
