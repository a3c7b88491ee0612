using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators;

/// <summary>OLS (optionally weighted) with any number of fixed effects, by demeaning y and X (Frisch–Waugh–Lovell).</summary>
internal static class OlsEstimator
{
    public static RawFit Fit(Sample s, FitOptions o, int threads)
    {
        var n = s.N;
        var w = s.Weights;
        var k = s.X.Length;
        var cols = new double[k + 1][];
        cols[0] = s.Y;
        Array.Copy(s.X, 0, cols, 1, k);
        double[][] dem;
        var notes = new List<string>();
        var iterations = 0;
        var demeaner = ModelFitter.MakeDemeaner(s, w);
        if (demeaner is null)
        {
            dem = cols;
        }
        else
        {
            (dem, var it, var conv) = demeaner.DemeanCopies(cols, o.FixedEffectTolerance, o.FixedEffectMaxIterations, threads);
            iterations = it;
            if (!conv)
            {
                notes.Add($"WARNING: the fixed-effect demeaning did not converge in {o.FixedEffectMaxIterations} iterations; results may be imprecise.");
            }
        }

        var xRaw = s.X;
        var xDem = dem.Skip(1).ToArray();
        var (drop, why) = WeightedLeastSquares.Screen(xRaw, xDem, w, o.CollinearityTolerance, threads);
        var kept = WeightedLeastSquares.Complement(k, drop);
        if (kept.Length == 0)
        {
            throw new EstimationException("Every regressor was dropped (constant, collinear or absorbed by the fixed effects): " +
                string.Join("; ", why.Select(kv => $"{s.Names[kv.Key]}: {kv.Value}")) + ".");
        }

        var xk = kept.Select(j => xDem[j]).ToArray();
        var yDem = dem[0];
        var (beta, bread) = WeightedLeastSquares.Solve(xk, yDem, w, threads);
        var kk = kept.Length;
        var scores = new double[(long)n * kk];
        var fitted = new double[n];
        var chunks = n < 100_000 ? 1 : threads;
        var parts = new double[2 * chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, chunks) }, t =>
        {
            var from = (int)((long)n * t / chunks);
            var to = (int)((long)n * (t + 1) / chunks);
            double r = 0, tw = 0;
            for (var i = from; i < to; i++)
            {
                var wi = w is null ? 1 : w[i];
                // The residual e = ỹ − X̃β, formed here (same operations in the same order as
                // WeightedLeastSquares.Residuals) instead of in a separate pass and n-vector.
                var ei = yDem[i];
                for (var j = 0; j < kk; j++)
                {
                    ei -= beta[j] * xk[j][i];
                }

                r += wi * ei * ei;
                tw += wi * yDem[i] * yDem[i];
                fitted[i] = s.Y[i] - ei;
                for (var j = 0; j < kk; j++)
                {
                    scores[((long)i * kk) + j] = xk[j][i] * wi * ei;
                }
            }

            parts[2 * t] = r;
            parts[(2 * t) + 1] = tw;
        });
        double rss = 0, tssWithin = 0;
        for (var t = 0; t < chunks; t++)
        {
            rss += parts[2 * t];
            tssWithin += parts[(2 * t) + 1];
        }

        var kTotal = ResultAssembler.ParameterCount(s, kk);
        return new RawFit
        {
            Beta = beta,
            Kept = kept,
            DroppedWhy = why,
            Bread = bread,
            Scores = () => scores,
            Fitted = fitted,
            Eta = fitted,
            Dispersion = rss / (n - kTotal),
            Iterations = iterations,
            Notes = notes,
            Rss = rss,
            WithinR2 = s.FeCodes.Length > 0 ? 1 - (rss / tssWithin) : double.NaN,
            Deviance = rss,
        };
    }
}
