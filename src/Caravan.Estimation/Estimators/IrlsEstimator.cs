using Caravan.Estimation.Estimators.Families;
using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// GLM (Poisson/PPML, logit, probit) by iteratively re-weighted least squares with fixed effects: at each
/// step the working variable and the regressors are demeaned with the working weights (warm-started
/// fixed-effect coefficients), as fixest's feglm. Step-halving on deviance increases; convergence when
/// |Δdev|/(0.1 + |dev|) &lt; tol (fixest's criterion).
/// </summary>
internal static class IrlsEstimator
{
    public static RawFit Fit(ModelKind kind, Sample s, FitOptions o, int threads)
    {
        var fam = Family.For(kind);
        var n = s.N;
        var y = s.Y;
        var pw = s.Weights;
        var k = s.X.Length;
        double sw = 0, swy = 0;
        for (var i = 0; i < n; i++)
        {
            var wi = pw is null ? 1 : pw[i];
            sw += wi;
            swy += wi * y[i];
        }

        var meanY = swy / sw;
        var mu = new double[n];
        var eta = new double[n];
        var chunks = Chunks(n, threads);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var blocks = fam.Blocks;
        Parallel.For(0, chunks, parallel, t =>
        {
            var (from, to) = Range(n, chunks, t);
            blocks.Start(from, to, y, meanY, mu, eta);
        });

        var dev = Deviance(fam, y, mu, pw, chunks, parallel);
        var yLogY = fam is PoissonFamily ? new double[n] : null;
        if (yLogY is not null)
        {
            Parallel.For(0, chunks, parallel, t =>
            {
                var (from, to) = Range(n, chunks, t);
                for (var i = from; i < to; i++)
                {
                    yLogY[i] = y[i] > 0 ? y[i] * Math.Log(y[i]) : 0;
                }
            });
        }
        var notes = new List<string>();
        var w = new double[n];
        var z = new double[n];
        var alphas = (double[][]?)null;
        int[]? kept = null;
        Dictionary<int, string> why = [];
        double[][]? xk = null;
        double[] beta = [];
        double[] bread = [];
        double[]? betaOld = null;
        var converged = false;
        var polish = 0;
        var lastChange = 1.0;
        var iter = 0;
        var feIterMax = 0;
        var feConverged = true;
        // Buffers reused across iterations: the demeaner (re-weighted in place), the demeaned columns, and a
        // second η/μ pair swapped with the current one (no n-vectors allocated per iteration).
        var cols = new double[k + 1][];
        cols[0] = z;
        Array.Copy(s.X, 0, cols, 1, k);
        var demeaner = ModelFitter.MakeDemeaner(s, w);
        var dem = demeaner is null ? cols : cols.Select(_ => new double[n]).ToArray();
        var etaNew = new double[n];
        var muNew = new double[n];
        double[]? shifts = null;
        var shiftsKnown = false;
        while (iter < o.MaxIterations)
        {
            iter++;
            var etaCur = eta;
            var muCur = mu;
            Parallel.For(0, chunks, parallel, t =>
            {
                var (from, to) = Range(n, chunks, t);
                blocks.Working(from, to, etaCur, muCur, y, pw, w, z);
            });

            if (demeaner is not null)
            {
                demeaner.Reweight();
                alphas ??= cols.Select(_ => new double[demeaner.AlphaLength]).ToArray();
                // Adaptive inner tolerance (as ppmlhdfe): loose while the deviance still moves a lot, the
                // requested tolerance once IRLS is close (the final iterations always use it).
                var feTol = Math.Clamp(lastChange * 0.01, o.FixedEffectTolerance, 1e-4);
                var (fi, fc) = demeaner.DemeanMany(cols, dem, alphas, feTol, o.FixedEffectMaxIterations, threads);
                feIterMax = Math.Max(feIterMax, fi);
                feConverged &= fc;
            }

            if (kept is null)
            {
                (var drop, why) = WeightedLeastSquares.Screen(s.X, dem.Skip(1).ToArray(), w, o.CollinearityTolerance, threads);
                kept = WeightedLeastSquares.Complement(k, drop);
                if (kept.Length == 0)
                {
                    throw new EstimationException("Every regressor was dropped (constant, collinear or absorbed by the fixed effects): " +
                        string.Join("; ", why.Select(kv => $"{s.Names[kv.Key]}: {kv.Value}")) + ".");
                }

                xk = kept.Select(j => dem[j + 1]).ToArray();
            }

            if (!shiftsKnown)
            {
                // Centring shifts of the first step's weighted means, reused: the regressors do not change between
                // steps without fixed effects (with them there is no intercept to centre on), and any shift maps back exactly.
                shifts = WeightedLeastSquares.CentringShifts(xk!, w);
                shiftsKnown = true;
            }

            (beta, bread) = WeightedLeastSquares.Solve(xk!, dem[0], w, threads, shifts);
            var devNew = Step(fam, z, dem[0], xk!, beta, etaNew, muNew, y, pw, yLogY, chunks, parallel);
            var halvings = 0;
            while ((!double.IsFinite(devNew) || devNew > dev + (1e-12 * Math.Abs(dev)) && iter > 1) && halvings < 30)
            {
                halvings++;
                Parallel.For(0, chunks, parallel, t =>
                {
                    var (from, to) = Range(n, chunks, t);
                    for (var i = from; i < to; i++)
                    {
                        etaNew[i] = 0.5 * (etaNew[i] + etaCur[i]);
                    }
                });

                if (betaOld is not null)
                {
                    for (var j = 0; j < beta.Length; j++)
                    {
                        beta[j] = 0.5 * (beta[j] + betaOld[j]);
                    }
                }

                devNew = Update(fam, etaNew, muNew, y, pw, yLogY, chunks, parallel);
            }

            if (!double.IsFinite(devNew))
            {
                throw new EstimationException($"{fam.Name}: the deviance became infinite at iteration {iter} even after step-halving; the model is probably separated or badly scaled.");
            }

            var change = Math.Abs(devNew - dev) / (0.1 + Math.Abs(devNew));
            lastChange = change;
            (eta, etaNew) = (etaNew, eta);
            (mu, muNew) = (muNew, mu);
            dev = devNew;
            betaOld = (double[])beta.Clone();
            if (change < o.Tolerance)
            {
                // Canonical links (Newton = Fisher scoring) converge quadratically: the step that changed the
                // deviance by < tol leaves errors of order tol. Probit's Fisher scoring converges linearly:
                // take up to three more steps. StepsAfterConvergence adds steps on request, so the working weights of
                // the bread are those of converged coefficients (not of the step before them).
                converged = true;
                polish++;
                if ((change < 1e-13 && o.StepsAfterConvergence == 0) || polish > (kind == ModelKind.Probit ? 3 : 0) + o.StepsAfterConvergence)
                {
                    break;
                }
            }
            else
            {
                converged = false;
            }
        }

        if (!converged)
        {
            notes.Add($"WARNING: {fam.Name} IRLS did NOT converge in {o.MaxIterations} iterations (last relative deviance change above {o.Tolerance}); estimates are unreliable (separation? rescale regressors or raise MaxIterations).");
        }

        if (!feConverged)
        {
            notes.Add($"WARNING: the fixed-effect demeaning did not converge in {o.FixedEffectMaxIterations} iterations at some IRLS step.");
        }

        var kk = kept!.Length;
        var boundaryParts = new int[chunks];
        var llParts = new double[chunks * 3];
        var etaF = eta;
        var muF = mu;
        var xFinal = xk!;
        Parallel.For(0, chunks, parallel, t =>
        {
            var (from, to) = Range(n, chunks, t);
            var (b, l, l0, d0) = blocks.Final(from, to, etaF, muF, y, pw, meanY);
            boundaryParts[t] = b;
            llParts[(3 * t) + 0] = l;
            llParts[(3 * t) + 1] = l0;
            llParts[(3 * t) + 2] = d0;
        });
        var boundary = 0;
        foreach (var b in boundaryParts)
        {
            boundary += b;
        }
        double ll = 0, ll0 = 0, dev0 = 0;
        for (var t = 0; t < chunks; t++)
        {
            ll += llParts[3 * t];
            ll0 += llParts[(3 * t) + 1];
            dev0 += llParts[(3 * t) + 2];
        }

        if (boundary > 0)
        {
            notes.Add($"WARNING: {boundary} observations have fitted values numerically {(kind == ModelKind.Poisson ? "0" : "0 or 1")} (within 10 machine epsilons, R's glm rule): " +
                "the outcome is (quasi-)perfectly separated by the regressors; coefficients of the separating variables are not identified.");
        }

        return new RawFit
        {
            Beta = beta,
            Kept = kept,
            DroppedWhy = why,
            Bread = bread,
            // Scores at the final μ, x̃ · pw · (y − μ)·μ'/V, formed when a variance first needs them.
            Scores = () =>
            {
                var scores = new double[(long)n * kk];
                Parallel.For(0, chunks, parallel, t =>
                {
                    var (from, to) = Range(n, chunks, t);
                    blocks.Scores(from, to, etaF, muF, y, pw, xFinal, scores);
                });
                return scores;
            },
            Fitted = mu,
            Eta = eta,
            Dispersion = 1,
            Iterations = iter,
            Converged = converged,
            Notes = notes,
            Deviance = dev,
            NullDeviance = dev0,
            LogLik = ll,
            NullLogLik = ll0,
        };
    }

    private static int Chunks(int n, int threads) => n < 50_000 ? 1 : threads;

    private static (int From, int To) Range(int n, int chunks, int t) =>
        ((int)((long)n * t / chunks), (int)((long)n * (t + 1) / chunks));

    /// <summary>
    /// One pass for the new linear predictor, μ and deviance: η = z − r with r = z̃ − X̃β (the weighted
    /// least-squares residual of the demeaned working variable), μ = g⁻¹(η); returns the deviance.
    /// </summary>
    private static double Step(Family fam, double[] z, double[] zDem, double[][] x, double[] beta, double[] eta, double[] mu, double[] y, double[]? pw, double[]? yLogY, int chunks, ParallelOptions parallel)
    {
        var n = eta.Length;
        var parts = new double[chunks];
        Parallel.For(0, chunks, parallel, t =>
        {
            var (from, to) = Range(n, chunks, t);
            double d = 0;
            for (var b0 = from; b0 < to; b0 += Block)
            {
                var len = Math.Min(Block, to - b0);
                var es = eta.AsSpan(b0, len);
                zDem.AsSpan(b0, len).CopyTo(es);
                for (var j = 0; j < x.Length; j++)
                {
                    VectorOps.SubtractScaled(es, beta[j], x[j].AsSpan(b0, len));
                }

                VectorOps.SubtractFrom(z.AsSpan(b0, len), es);

                d += fam.Blocks.MuDeviance(b0, len, eta, mu, y, pw, yLogY);
            }

            parts[t] = d;
        });
        return Total(parts);
    }

    private const int Block = 1024;

    /// <summary>The per-chunk partial sums added in chunk order.</summary>
    private static double Total(double[] parts)
    {
        double t = 0;
        foreach (var p in parts)
        {
            t += p;
        }

        return t;
    }

    private static double Update(Family fam, double[] eta, double[] mu, double[] y, double[]? pw, double[]? yLogY, int chunks, ParallelOptions parallel)
    {
        var n = eta.Length;
        var parts = new double[chunks];
        Parallel.For(0, chunks, parallel, t =>
        {
            var (from, to) = Range(n, chunks, t);
            double d = 0;
            for (var b0 = from; b0 < to; b0 += Block)
            {
                d += fam.Blocks.MuDeviance(b0, Math.Min(Block, to - b0), eta, mu, y, pw, yLogY);
            }

            parts[t] = d;
        });
        return Total(parts);
    }

    private static double Deviance(Family fam, double[] y, double[] mu, double[]? pw, int chunks, ParallelOptions parallel)
    {
        var n = y.Length;
        var parts = new double[chunks];
        Parallel.For(0, chunks, parallel, t =>
        {
            var (from, to) = Range(n, chunks, t);
            parts[t] = fam.Blocks.Deviance(from, to, y, mu, pw);
        });
        return Total(parts);
    }
}
