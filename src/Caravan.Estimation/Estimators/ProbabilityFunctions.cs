namespace Caravan.Estimation.Estimators;

/// <summary>
/// Distribution functions needed by the penalised / rare-events logit and the simulation code:
/// regularised incomplete gamma (series and Lentz continued fraction, relative accuracy ~1e-15),
/// chi-square and normal tails, and the normal quantile (Abramowitz–Stegun 26.2.23 start refined
/// by Newton steps on the exact CDF, so it is accurate to machine precision).
/// </summary>
internal static class ProbabilityFunctions
{
    /// <summary>P(χ²_df &gt; x).</summary>
    public static double ChiSquareUpperTail(double x, double df) =>
        x <= 0 ? 1.0 : RegularizedGammaQ(df / 2, x / 2);

    /// <summary>Standard normal CDF Φ(z).</summary>
    public static double NormalCdf(double z) =>
        z < 0 ? 0.5 * RegularizedGammaQ(0.5, z * z / 2) : 1 - 0.5 * RegularizedGammaQ(0.5, z * z / 2);

    /// <summary>Two-sided normal p-value 2Φ(−|z|).</summary>
    public static double NormalTwoSidedP(double z) => double.IsNaN(z) ? double.NaN : RegularizedGammaQ(0.5, z * z / 2);

    public static double NormalDensity(double z) => Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);

    /// <summary>Standard normal quantile Φ^−1(p), 0 &lt; p &lt; 1.</summary>
    public static double NormalQuantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must be in (0, 1).");
        }

        var q = p < 0.5 ? p : 1 - p;
        var t = Math.Sqrt(-2 * Math.Log(q));
        var z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        if (p < 0.5)
        {
            z = -z;
        }

        for (var i = 0; i < 6; i++)
        {
            var diff = p < 0.5 ? NormalCdf(z) - p : (1 - p) - NormalCdf(-z);
            var step = diff / NormalDensity(z);
            z -= step;
            if (Math.Abs(step) < 1e-16 * Math.Max(1, Math.Abs(z)))
            {
                break;
            }
        }

        return z;
    }

    /// <summary>Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a).</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        if (x <= 0)
        {
            return 1.0;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 0.0;
        }

        var lnPrefix = a * Math.Log(x) - x - LogGamma(a);
        if (x < a + 1)
        {
            // Series for P(a, x).
            var sum = 1.0 / a;
            var term = sum;
            for (var n = 1; n < 10000; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * 1e-17)
                {
                    break;
                }
            }

            return 1 - sum * Math.Exp(lnPrefix);
        }

        // Continued fraction for Q(a, x) (modified Lentz).
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 10000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = b + an / c;
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-17)
            {
                break;
            }
        }

        return Math.Exp(lnPrefix) * h;
    }

    /// <summary>ln Γ(a) for a &gt; 0 (Lanczos, g = 7, n = 9; relative error ~1e-15).</summary>
    public static double LogGamma(double a)
    {
        if (a < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * a))) - LogGamma(1 - a);
        }

        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        a -= 1;
        var s = g[0];
        for (var i = 1; i < 9; i++)
        {
            s += g[i] / (a + i);
        }

        var t = a + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (a + 0.5) * Math.Log(t) - t + Math.Log(s);
    }
}
