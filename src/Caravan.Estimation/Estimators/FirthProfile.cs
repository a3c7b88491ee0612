namespace Caravan.Estimation.Estimators;

/// <summary>
/// Profile (penalised) likelihood of one coefficient: PL_j(b) = max over the other coefficients of
/// the (penalised) log-likelihood with β_j = b. Gives logistf's profile CIs (the b where
/// 2[PL(β̂) − PL_j(b)] = χ²_{1,1−α}) and its likelihood-ratio tests of β_j = 0.
/// <para>
/// Each limit is a root search on PL_j that starts at the Wald limit and takes Newton steps with the
/// profile's slope (by the envelope theorem the j-th (modified) score at the restricted optimum),
/// safeguarded by bisection once the root is bracketed and by at most tripling the distance from β̂_j
/// before; it stops when the bracket is below 1e-10, PL_j is within 1e-12 of the target, or the Newton step is
/// below max(1e-10, 1e-5 SE) (its end is then within ~1e-10 SE of the root, by Newton's quadratic convergence).
/// Every restricted fit is warm-started from the previous one on the same search, moved along the
/// first-order path of the restricted optimum, dβ_{−j}/db = Σ_{−j,j}/Σ_{jj} (Σ the inverse information at
/// that fit). The 3k searches (LR test, lower and upper limit per coefficient) are independent and run
/// in parallel, each on one thread, so the result does not depend on the thread count.
/// </para>
/// </summary>
internal sealed class FirthProfile
{
    private const double Tol = 1e-10;
    private const double StepTol = 1e-5;

    /// <summary>Restricted fits stop once a Newton step would gain less than this (the profile's value is then exact to it).</summary>
    private const double GainTol = 1e-13;
    private readonly PenalizedLogitEngine engine;
    private readonly PenalizedLogitFit full;
    private readonly int k;

    public FirthProfile(PenalizedLogitEngine engine, PenalizedLogitFit full)
    {
        this.engine = engine;
        this.full = full;
        k = full.Beta.Length;
    }

    /// <summary>Restricted fits run so far (for benchmarks and tests).</summary>
    public int RestrictedFits => restrictedFits;

    private int restrictedFits;

    /// <summary>
    /// LR χ² and the interval of every coefficient: the 3k searches on up to <paramref name="threads"/>
    /// threads (0 = all processors).
    /// </summary>
    public (double[] Chi, double[] Low, double[] High) All(double alpha, int threads = 0)
    {
        var chi = new double[k];
        var lo = new double[k];
        var hi = new double[k];
        var z = ProbabilityFunctions.NormalQuantile(1 - (alpha / 2));
        var target = full.LogLik - (z * z / 2);
        var degree = threads > 0 ? threads : Environment.ProcessorCount;
        // Upper and lower limits first (the longer searches), LR tests last, so the tail of the queue is short work.
        Parallel.For(0, 3 * k, new ParallelOptions { MaxDegreeOfParallelism = degree }, t =>
        {
            var j = t % k;
            switch (t / k)
            {
                case 0:
                    hi[j] = Bound(j, +1, target, Se(j), 1);
                    break;
                case 1:
                    lo[j] = Bound(j, -1, target, Se(j), 1);
                    break;
                default:
                    chi[j] = LikelihoodRatio(j, 1);
                    break;
            }
        });
        return (chi, lo, hi);
    }

    /// <summary>Penalised log-likelihood maximised with β_j fixed at <paramref name="b"/>.</summary>
    public double At(int j, double b)
    {
        var warm = full;
        return AtWithSlope(j, b, ref warm, 0).Value;
    }

    /// <summary>χ² statistic of the (penalised) LR test of β_j = 0 (clamped at 0).</summary>
    public double LikelihoodRatio(int j, int threads = 0)
    {
        var warm = full;
        return Math.Max(0, 2 * (full.LogLik - AtWithSlope(j, 0, ref warm, threads).Value));
    }

    /// <summary>Profile interval of β_j at level 1 − α; ±∞ where the profile does not fall below the threshold.</summary>
    public (double Low, double High) Interval(int j, double alpha, int threads = 0)
    {
        var z = ProbabilityFunctions.NormalQuantile(1 - (alpha / 2));
        var target = full.LogLik - (z * z / 2);
        return (Bound(j, -1, target, Se(j), threads), Bound(j, +1, target, Se(j), threads));
    }

    private double Se(int j)
    {
        var se = Math.Sqrt(full.Covariance[(j * k) + j]);
        return se > 0 && double.IsFinite(se) ? se : 1;
    }

    /// <summary>
    /// The profile PL_j(b) and its slope dPL_j/db (the j-th modified score at the restricted optimum).
    /// The fit starts from <paramref name="warm"/> moved along dβ_{−j}/db = Σ_{−j,j}/Σ_{jj}; a valid fit replaces it.
    /// </summary>
    private (double Value, double Slope) AtWithSlope(int j, double b, ref PenalizedLogitFit warm, int threads)
    {
        var start = (double[])warm.Beta.Clone();
        var db = b - start[j];
        var sjj = warm.Covariance.Length == k * k ? warm.Covariance[(j * k) + j] : 0;
        if (sjj > 0 && double.IsFinite(sjj))
        {
            for (var i = 0; i < k; i++)
            {
                var move = db * warm.Covariance[(i * k) + j] / sjj;
                if (i != j && double.IsFinite(move))
                {
                    start[i] += move;
                }
            }
        }

        start[j] = b;
        var free = new bool[k];
        for (var i = 0; i < k; i++)
        {
            free[i] = i != j;
        }

        var fit = engine.Fit(start, free, keepRows: false, threads: threads, gainTolerance: GainTol);
        Interlocked.Increment(ref restrictedFits);
        if (!double.IsNaN(fit.LogLik))
        {
            warm = fit;
        }

        return (fit.LogLik, fit.Score.Length > j ? fit.Score[j] : double.NaN);
    }

    /// <summary>The limit on one side: root of PL_j(b) − target beyond β̂_j (see the class summary).</summary>
    private double Bound(int j, int side, double target, double se, int threads)
    {
        var warm = full;
        var center = full.Beta[j];
        var inside = center;               // f > 0 here (the profile's maximum)
        var outside = double.NaN;          // f ≤ 0 here, once found
        var x = center + (side * Math.Sqrt(2 * (full.LogLik - target)) * se);
        var (fx, slope) = AtWithSlope(j, x, ref warm, threads);
        fx -= target;
        var expansions = 0;
        for (var iter = 0; iter < 200; iter++)
        {
            if (Math.Abs(fx) < 1e-12)
            {
                return x;
            }

            if (double.IsNaN(fx))
            {
                // No valid restricted fit here: halve back towards the last valid point inside the bracket,
                // or (no bracket yet) keep moving out, as the expansion would.
                if (double.IsNaN(outside))
                {
                    if (++expansions > 40)
                    {
                        return side * double.PositiveInfinity;
                    }

                    x = center + (2 * (x - center));
                }
                else
                {
                    outside = x;
                    x = 0.5 * (inside + outside);
                }

                (fx, slope) = AtWithSlope(j, x, ref warm, threads);
                fx -= target;
                continue;
            }

            if (fx > 0)
            {
                inside = x;
            }
            else
            {
                outside = x;
            }

            var next = slope != 0 && double.IsFinite(slope) ? x - (fx / slope) : double.NaN;
            if (double.IsNaN(outside))
            {
                // Not bracketed: accept a Newton step outwards of at most twice the current distance; else triple the distance.
                var reach = Math.Abs(x - center);
                if (!(side * (next - x) > 0 && Math.Abs(next - x) <= 2 * reach))
                {
                    next = center + (3 * (x - center));
                }

                if (++expansions > 40)
                {
                    return side * double.PositiveInfinity;
                }
            }
            else
            {
                var lo = Math.Min(inside, outside);
                var hi = Math.Max(inside, outside);
                if (!(next > lo && next < hi))
                {
                    next = 0.5 * (inside + outside);
                }

                if (hi - lo < Tol)
                {
                    return next;
                }
            }

            // Newton's error after a step δ is of order δ²·|f''/2f'| ≈ δ²/se: a step below 1e-5 standard errors
            // (or 1e-10) leaves the root ≈ 1e-10·se away, so the step's end is taken without another fit.
            if (Math.Abs(next - x) < Math.Max(Tol, StepTol * se))
            {
                return next;
            }

            x = next;
            (fx, slope) = AtWithSlope(j, x, ref warm, threads);
            fx -= target;
        }

        return x;
    }
}
