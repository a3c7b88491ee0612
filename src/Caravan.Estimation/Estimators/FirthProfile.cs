namespace Caravan.Estimation.Estimators;

/// <summary>
/// Profile (penalised) likelihood of one coefficient: PL_j(b) = max over the other coefficients of
/// the (penalised) log-likelihood with β_j = b. Gives logistf's profile CIs (the b where
/// 2[PL(β̂) − PL_j(b)] = χ²_{1,1−α}, found by bracketing from the Wald limit and a safeguarded Newton
/// iteration on the profile's slope, to 1e-10) and its
/// likelihood-ratio tests of β_j = 0. Each restricted fit starts from the previous one.
/// </summary>
internal sealed class FirthProfile
{
    private readonly PenalizedLogitEngine engine;
    private readonly PenalizedLogitFit full;
    private readonly int k;

    public FirthProfile(PenalizedLogitEngine engine, PenalizedLogitFit full)
    {
        this.engine = engine;
        this.full = full;
        k = full.Beta.Length;
    }

    /// <summary>Penalised log-likelihood maximised with β_j fixed at <paramref name="b"/>.</summary>
    public double At(int j, double b, ref double[] warm) => AtWithSlope(j, b, ref warm).Value;

    /// <summary>
    /// The profile PL_j(b) and its slope dPL_j/db, which by the envelope theorem is the j-th component
    /// of the (modified) score at the restricted optimum.
    /// </summary>
    public (double Value, double Slope) AtWithSlope(int j, double b, ref double[] warm)
    {
        var start = (double[])warm.Clone();
        start[j] = b;
        var free = Enumerable.Range(0, k).Select(i => i != j).ToArray();
        var fit = engine.Fit(start, free);
        if (!double.IsNaN(fit.LogLik))
        {
            warm = fit.Beta;
        }

        return (fit.LogLik, fit.Score.Length > j ? fit.Score[j] : double.NaN);
    }

    /// <summary>χ² statistic of the (penalised) LR test of β_j = 0 (clamped at 0).</summary>
    public double LikelihoodRatio(int j)
    {
        var warm = full.Beta;
        return Math.Max(0, 2 * (full.LogLik - At(j, 0, ref warm)));
    }

    /// <summary>Profile interval of β_j at level 1 − α; ±∞ where the profile does not fall below the threshold.</summary>
    public (double Low, double High) Interval(int j, double alpha)
    {
        var z = ProbabilityFunctions.NormalQuantile(1 - alpha / 2);
        var target = full.LogLik - z * z / 2;
        var se = Math.Sqrt(full.Covariance[j * k + j]);
        if (!(se > 0) || double.IsNaN(se))
        {
            se = 1;
        }

        return (Bound(j, -1, target, se), Bound(j, +1, target, se));
    }

    private double Bound(int j, int side, double target, double se)
    {
        var warm = full.Beta;
        var a = full.Beta[j];

        // Start at the Wald limit (z·SE away), then double the distance until the profile crosses.
        var step = Math.Sqrt(2 * (full.LogLik - target)) * se;
        var b = a + side * step;
        var (fb, slope) = AtWithSlope(j, b, ref warm);
        fb -= target;
        var expansions = 0;
        while (fb > 0 || double.IsNaN(fb))
        {
            if (++expansions > 40)
            {
                return side * double.PositiveInfinity;
            }

            if (!double.IsNaN(fb))
            {
                a = b;
            }

            step *= 2;
            b += side * step;
            (fb, slope) = AtWithSlope(j, b, ref warm);
            fb -= target;
        }

        return SafeguardedNewton(j, target, a, b, fb, slope, ref warm);
    }

    /// <summary>
    /// Root of PL_j(b) − target on a bracket with f(a) &gt; 0 ≥ f(b): Newton steps with the profile's slope,
    /// replaced by bisection whenever a step leaves the bracket or fails to shrink it; stops when the
    /// bracket or the step is below 1e-10 (absolute) or f is within 1e-12 of 0.
    /// </summary>
    private double SafeguardedNewton(int j, double target, double a, double b, double fb, double slopeB, ref double[] warm)
    {
        const double tol = 1e-10;
        var x = b;
        var fx = fb;
        var slope = slopeB;
        for (var iter = 0; iter < 200; iter++)
        {
            if (Math.Abs(fx) < 1e-12)
            {
                return x;
            }

            // Keep the bracket: a on the f > 0 side, b on the f ≤ 0 side.
            if (fx > 0)
            {
                a = x;
            }
            else
            {
                b = x;
            }

            var next = slope != 0 && double.IsFinite(slope) ? x - (fx / slope) : double.NaN;
            var lo = Math.Min(a, b);
            var hi = Math.Max(a, b);
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (a + b);
            }

            if (Math.Abs(next - x) < tol || hi - lo < tol)
            {
                return next;
            }

            x = next;
            (fx, slope) = AtWithSlope(j, x, ref warm);
            fx -= target;
            if (double.IsNaN(fx))
            {
                x = 0.5 * (a + b);
                (fx, slope) = AtWithSlope(j, x, ref warm);
                fx -= target;
            }
        }

        return x;
    }
}
