namespace Caravan.Estimation.Estimators;

/// <summary>
/// Profile (penalised) likelihood of one coefficient: PL_j(b) = max over the other coefficients of
/// the (penalised) log-likelihood with β_j = b. Gives logistf's profile CIs (the b where
/// 2[PL(β̂) − PL_j(b)] = χ²_{1,1−α}, found by bracketing and Brent's method to 1e-10) and its
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
    public double At(int j, double b, ref double[] warm)
    {
        var start = (double[])warm.Clone();
        start[j] = b;
        var free = Enumerable.Range(0, k).Select(i => i != j).ToArray();
        var fit = engine.Fit(start, free);
        if (!double.IsNaN(fit.LogLik))
        {
            warm = fit.Beta;
        }

        return fit.LogLik;
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
        var fa = full.LogLik - target;
        var step = 2 * se;
        var b = a + side * step;
        var fb = At(j, b, ref warm) - target;
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
                fa = fb;
            }

            step *= 2;
            b += side * step;
            fb = At(j, b, ref warm) - target;
        }

        return Brent(b2 => At(j, b2, ref warm) - target, a, fa, b, fb);
    }

    /// <summary>Brent's root finder on a bracket with f(a) &gt; 0 ≥ f(b); absolute tolerance 1e-10.</summary>
    private static double Brent(Func<double, double> f, double a, double fa, double b, double fb)
    {
        const double tol = 1e-10;
        var c = a;
        var fc = fa;
        var d = b - a;
        var e = d;
        for (var iter = 0; iter < 200; iter++)
        {
            if (Math.Sign(fb) == Math.Sign(fc) && fb != 0)
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tol1 = 2 * 1e-16 * Math.Abs(b) + 0.5 * tol;
            var xm = 0.5 * (c - b);
            if (Math.Abs(xm) <= tol1 || fb == 0)
            {
                return b;
            }

            if (Math.Abs(e) >= tol1 && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var s = fb / fa;
                if (a == c)
                {
                    p = 2 * xm * s;
                    q = 1 - s;
                }
                else
                {
                    var qq = fa / fc;
                    var r = fb / fc;
                    p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }

                p = Math.Abs(p);
                if (2 * p < Math.Min(3 * xm * q - Math.Abs(tol1 * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = xm;
                    e = d;
                }
            }
            else
            {
                d = xm;
                e = d;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tol1 ? d : Math.Sign(xm) * tol1;
            fb = f(b);
        }

        return b;
    }
}
