using System.Globalization;
using System.Text;

namespace Caravan.Bench;

/// <summary>
/// Seeded generator of fixest's benchmark shape (issue 3): dum_1 with n/20 levels, dum_2 with ⌊√n⌋,
/// dum_3 with ⌊n^0.33⌋ (uniform); X1 ~ N(0,1); μ = exp(X1 + 0.05·X1² + Σ effects, each effect N(0,1));
/// y ~ NegBin(μ, θ = 0.5) (Gamma–Poisson mixture); ln_y = log(y+1); y01 = 1(y>0).
/// The no-fixed-effect set: x1..x20 ~ N(0,1), β evenly spaced from −0.2 to 0.2, y ~ Poisson(exp(Xβ)),
/// y01 ~ Bernoulli(logistic(Xβ)).
/// </summary>
internal static class DataGenerator
{
    public static void FixedEffects(int n, int seed, string path)
    {
        var rng = new Random(seed);
        int g1 = Math.Max(1, n / 20), g2 = (int)Math.Floor(Math.Sqrt(n)), g3 = (int)Math.Floor(Math.Pow(n, 0.33));
        var e1 = Normals(rng, g1);
        var e2 = Normals(rng, g2);
        var e3 = Normals(rng, g3);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("dum_1,dum_2,dum_3,X1,y,ln_y,y01\n");
        var sb = new StringBuilder(128);
        for (var i = 0; i < n; i++)
        {
            int d1 = rng.Next(g1), d2 = rng.Next(g2), d3 = rng.Next(g3);
            var x = Normal(rng);
            var mu = Math.Exp(x + (0.05 * x * x) + e1[d1] + e2[d2] + e3[d3]);
            var y = NegBin(rng, mu, 0.5);
            sb.Clear();
            sb.Append(CultureInfo.InvariantCulture, $"{d1 + 1},{d2 + 1},{d3 + 1},{x.ToString("G10", CultureInfo.InvariantCulture)},{y},{Math.Log(y + 1).ToString("G10", CultureInfo.InvariantCulture)},{(y > 0 ? 1 : 0)}\n");
            w.Write(sb);
        }
    }

    public static void NoFixedEffects(int n, int seed, string path)
    {
        var rng = new Random(seed);
        const int k = 20;
        var beta = Enumerable.Range(0, k).Select(j => -0.2 + (0.4 * j / (k - 1))).ToArray();
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write(string.Join(",", Enumerable.Range(1, k).Select(j => $"x{j}")) + ",y,y01\n");
        var sb = new StringBuilder(512);
        var x = new double[k];
        for (var i = 0; i < n; i++)
        {
            sb.Clear();
            double xb = 0;
            for (var j = 0; j < k; j++)
            {
                x[j] = Math.Round(Normal(rng), 8);
                xb += beta[j] * x[j];
                sb.Append(x[j].ToString("R", CultureInfo.InvariantCulture)).Append(',');
            }

            var y = Poisson(rng, Math.Exp(xb));
            var y01 = rng.NextDouble() < 1 / (1 + Math.Exp(-xb)) ? 1 : 0;
            sb.Append(CultureInfo.InvariantCulture, $"{y},{y01}\n");
            w.Write(sb);
        }
    }

    private static double[] Normals(Random rng, int m) => Enumerable.Range(0, m).Select(_ => Normal(rng)).ToArray();

    private static double Normal(Random rng)
    {
        // Box–Muller.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static long NegBin(Random rng, double mu, double theta) => Poisson(rng, Gamma(rng, theta, mu / theta));

    // Marsaglia–Tsang, with the shape < 1 boost.
    private static double Gamma(Random rng, double shape, double scale)
    {
        if (shape < 1)
        {
            return Gamma(rng, shape + 1, scale) * Math.Pow(rng.NextDouble(), 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(rng);
                v = 1 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = rng.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v * scale;
            }
        }
    }

    // Knuth for small λ; Hörmann's PTRS (transformed rejection) for λ ≥ 10.
    private static long Poisson(Random rng, double lambda)
    {
        if (lambda < 10)
        {
            var l = Math.Exp(-lambda);
            long k = 0;
            var p = rng.NextDouble();
            while (p > l)
            {
                k++;
                p *= rng.NextDouble();
            }

            return k;
        }

        var slam = Math.Sqrt(lambda);
        var loglam = Math.Log(lambda);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invalpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invalpha) - Math.Log((a / (us * us)) + b) <= -lambda + (k * loglam) - LogFactorial(k))
            {
                return (long)k;
            }
        }
    }

    private static double LogFactorial(double k) => Caravan.Estimation.Numerics.Distributions.LogGamma(k + 1);
}
