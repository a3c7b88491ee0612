namespace Caravan.Estimation.Numerics;

/// <summary>Normal and Student-t distribution functions (double precision, ~1e-14 relative).</summary>
public static class Distributions
{
    // AS 241 coefficients, highest degree first.
    private static readonly double[] A = [2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, 13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608];
    private static readonly double[] B = [5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0];
    private static readonly double[] C = [7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];
    private static readonly double[] D = [1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0];
    private static readonly double[] E = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];
    private static readonly double[] F = [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0];

    private static double Poly(double x, double[] c)
    {
        var s = c[0];
        for (var i = 1; i < c.Length; i++)
        {
            s = (s * x) + c[i];
        }

        return s;
    }

    /// <summary>Standard normal CDF Φ(x).</summary>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    /// <summary>Two-sided p-value 2·(1 − Φ(|z|)).</summary>
    public static double NormalTwoSidedP(double z) => double.IsNaN(z) ? double.NaN : Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>Standard normal quantile (Wichura's AS 241, PPND16).</summary>
    public static double NormalQuantile(double p)
    {
        if (p <= 0)
        {
            return p == 0 ? double.NegativeInfinity : double.NaN;
        }

        if (p >= 1)
        {
            return p == 1 ? double.PositiveInfinity : double.NaN;
        }

        var q = p - 0.5;
        double r, val;
        if (Math.Abs(q) <= 0.425)
        {
            r = 0.180625 - (q * q);
            return q * Poly(r, A) / Poly(r, B);
        }

        r = q < 0 ? p : 1 - p;
        r = Math.Sqrt(-Math.Log(r));
        if (r <= 5)
        {
            r -= 1.6;
            val = Poly(r, C) / Poly(r, D);
        }
        else
        {
            r -= 5;
            val = Poly(r, E) / Poly(r, F);
        }

        return q < 0 ? -val : val;
    }

    /// <summary>Student-t CDF with <paramref name="df"/> degrees of freedom.</summary>
    public static double StudentTCdf(double t, double df)
    {
        if (double.IsPositiveInfinity(df))
        {
            return NormalCdf(t);
        }

        var x = df / (df + (t * t));
        var tail = 0.5 * RegularizedIncompleteBeta(df / 2, 0.5, x);
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>Two-sided p-value of a t statistic.</summary>
    public static double StudentTTwoSidedP(double t, double df)
    {
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(df))
        {
            return NormalTwoSidedP(t);
        }

        return RegularizedIncompleteBeta(df / 2, 0.5, df / (df + (t * t)));
    }

    /// <summary>Student-t quantile (Newton iterations from the normal quantile, bisection safeguard).</summary>
    public static double StudentTQuantile(double p, double df)
    {
        if (double.IsPositiveInfinity(df) || df > 1e7)
        {
            return NormalQuantile(p);
        }

        if (p == 0.5)
        {
            return 0;
        }

        if (p < 0.5)
        {
            return -StudentTQuantile(1 - p, df);
        }

        // Bracket then bisect/Newton on the upper tail.
        double lo = 0, hi = Math.Max(2 * NormalQuantile(p), 1);
        while (StudentTCdf(hi, df) < p)
        {
            lo = hi;
            hi *= 2;
            if (hi > 1e300)
            {
                return double.PositiveInfinity;
            }
        }

        var x = 0.5 * (lo + hi);
        for (var i = 0; i < 200; i++)
        {
            var f = StudentTCdf(x, df) - p;
            if (f == 0)
            {
                return x;
            }

            if (f > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            var dens = StudentTDensity(x, df);
            var nx = x - (f / dens);
            if (Math.Abs(nx - x) <= 1e-15 * Math.Max(1, x) || hi - lo < 1e-15 * Math.Max(1, x))
            {
                return nx >= lo && nx <= hi ? nx : x;
            }

            x = nx > lo && nx < hi && dens > 0 ? nx : 0.5 * (lo + hi);
        }

        return x;
    }

    public static double StudentTDensity(double t, double df) =>
        Math.Exp(LogGamma((df + 1) / 2) - LogGamma(df / 2) - (0.5 * Math.Log(df * Math.PI)) - ((df + 1) / 2 * Math.Log(1 + (t * t / df))));

    /// <summary>Complementary error function (W. J. Cody's rational approximations, ~1e-16).</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var z = Math.Abs(x);
        double r;
        if (z < 0.5)
        {
            return 1 - Erf(x);
        }

        // Continued fraction / series via incomplete gamma: erfc(z) = Γ(1/2, z²)/√π.
        r = UpperIncompleteGammaHalf(z * z);
        return x < 0 ? 2 - r : r;
    }

    public static double Erf(double x)
    {
        var z = Math.Abs(x);
        if (z >= 0.5)
        {
            var r = UpperIncompleteGammaHalf(z * z);
            return x < 0 ? r - 1 : 1 - r;
        }

        // Maclaurin series.
        double sum = x, term = x, x2 = x * x;
        for (var n = 1; n < 60; n++)
        {
            term *= -x2 / n;
            var add = term / ((2 * n) + 1);
            sum += add;
            if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }

    // Q(1/2, x) = Γ(1/2, x)/Γ(1/2) for x >= 0.25 via Lentz continued fraction.
    private static double UpperIncompleteGammaHalf(double x)
    {
        const double a = 0.5;
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 1000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)) * h;
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var s = g[0];
        for (var i = 1; i < 9; i++)
        {
            s += g[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(s);
    }

    /// <summary>Regularized incomplete beta I_x(a, b) (continued fraction, Numerical Recipes' betacf).</summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var lbt = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        if (x < (a + 1) / (a + b + 2))
        {
            return Math.Exp(lbt) * BetaContinuedFraction(a, b, x) / a;
        }

        return 1 - (Math.Exp(lbt) * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1;
        double c = 1, d = 1 - (qab * x / qap);
        if (Math.Abs(d) < tiny)
        {
            d = tiny;
        }

        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 10000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = 1 + (aa / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = 1 + (aa / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-16)
            {
                break;
            }
        }

        return h;
    }
}
