using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Estimators;

/// <summary>One (possibly restricted) fit of the engine.</summary>
/// <param name="Beta">All k coefficients (fixed ones at their fixed values).</param>
/// <param name="LogLik">(Penalised) log-likelihood: Σ w[y log π + (1−y) log(1−π)] (+ ½ log|I(β)| for Firth).</param>
/// <param name="Covariance">Inverse of the full k×k Fisher information X'diag(wπ(1−π))X at Beta (row-major).</param>
/// <param name="Hat">Diagonal of the weighted hat matrix W^½X(X'WX)^−1X'W^½.</param>
/// <param name="Fitted">Fitted probabilities π.</param>
/// <param name="Score">(Modified) score U* = ∂(penalised) log-likelihood / ∂β at Beta, all k components.</param>
internal sealed record PenalizedLogitFit(
    double[] Beta, double LogLik, double[] Covariance, double[] Hat, double[] Fitted, int Iterations, bool Converged)
{
    public double[] Score { get; init; } = [];
}

/// <summary>
/// Newton–Raphson engine for (Firth-penalised) logistic regression on a dense design, as logistf's
/// <c>logistf.fit</c>: modified score U* = X'[w(y−π) + h(½−π)], step = I_ff^−1 U*_f on the free
/// coefficients, steps capped at <see cref="MaxStep"/> and halved until the penalised log-likelihood
/// does not decrease. Restricted fits keep the penalty of the full design (as logistf does for
/// profile likelihoods and likelihood-ratio tests).
/// </summary>
internal sealed class PenalizedLogitEngine
{
    public const double MaxStep = 5.0;
    private readonly double[][] x;
    private readonly double[] y;
    private readonly double[] w;
    private readonly double[] offset;
    private readonly int n;
    private readonly int k;

    public PenalizedLogitEngine(double[][] x, double[] y, double[]? weights, double[]? offset, bool firth)
    {
        this.x = x;
        this.y = y;
        k = x.Length;
        n = y.Length;
        w = weights ?? Enumerable.Repeat(1.0, n).ToArray();
        this.offset = offset ?? new double[n];
        Firth = firth;
    }

    public bool Firth { get; }

    public int Columns => k;

    public int MaxIterations { get; init; } = 200;

    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Threads for the row loops (results do not depend on it beyond rounding).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether an unpenalised fit also returns the hat diagonal (always computed for Firth).</summary>
    public bool ComputeHat { get; init; }

    /// <summary>Fits with the coefficients flagged free estimated and the others held at <paramref name="start"/>.</summary>
    public PenalizedLogitFit Fit(double[] start, bool[]? free = null)
    {
        var beta = (double[])start.Clone();
        var freeIdx = Enumerable.Range(0, k).Where(j => free is null || free[j]).ToArray();
        var state = Evaluate(beta);
        var converged = false;
        var iter = 0;
        for (; iter < MaxIterations; iter++)
        {
            var score = Score(state);
            var scoreMax = freeIdx.Length == 0 ? 0 : freeIdx.Max(j => Math.Abs(score[j]));
            if (freeIdx.Length == 0 || scoreMax < Tolerance)
            {
                converged = true;
                break;
            }

            var sub = LogitLinearAlgebra.Sub(state.Information, k, freeIdx);
            if (!LogitLinearAlgebra.TryCholesky(sub, freeIdx.Length, out var l))
            {
                break;
            }

            var stepFree = LogitLinearAlgebra.Solve(l, freeIdx.Length, freeIdx.Select(j => score[j]).ToArray());
            var delta = new double[k];
            for (var i = 0; i < freeIdx.Length; i++)
            {
                delta[freeIdx[i]] = stepFree[i];
            }

            var mx = delta.Max(Math.Abs);
            if (mx > MaxStep)
            {
                for (var j = 0; j < k; j++)
                {
                    delta[j] *= MaxStep / mx;
                }
            }

            EvalState? next = null;
            for (var half = 0; half < 60; half++)
            {
                var cand = new double[k];
                for (var j = 0; j < k; j++)
                {
                    cand[j] = beta[j] + delta[j];
                }

                var s = Evaluate(cand);
                if (s.Valid && s.LogLik >= state.LogLik - 1e-12 * Math.Max(1, Math.Abs(state.LogLik)))
                {
                    next = s;
                    beta = cand;
                    break;
                }

                for (var j = 0; j < k; j++)
                {
                    delta[j] /= 2;
                }
            }

            if (next is null)
            {
                // No ascent possible along the Newton direction: we are at the optimum to machine precision.
                converged = scoreMax < 1e-6;
                break;
            }

            var relChange = 0.0;
            for (var j = 0; j < k; j++)
            {
                relChange = Math.Max(relChange, Math.Abs(delta[j]) / (1 + Math.Abs(beta[j])));
            }

            state = next;
            if (relChange < Tolerance * 0.1)
            {
                // A Newton step this small means the remaining error is of order step², far below it.
                converged = true;
                iter++;
                break;
            }
        }

        if (!Firth && ComputeHat)
        {
            state = Evaluate(beta, needHat: true);
        }

        return new PenalizedLogitFit(beta, state.LogLik, state.Covariance, state.Hat, state.Pi, iter, converged)
        {
            Score = state.Valid ? Score(state) : new double[k],
        };
    }

    /// <summary>Penalised log-likelihood at β (NaN if the information is singular).</summary>
    public double LogLikAt(double[] beta) => Evaluate(beta).LogLik;

    private double[] Score(EvalState s)
    {
        var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            r[i] = w[i] * (y[i] - s.Pi[i]);
            if (Firth)
            {
                r[i] += s.Hat[i] * (0.5 - s.Pi[i]);
            }
        }

        return LinearAlgebra.CrossVector(x, null, r, Threads);
    }

    private EvalState Evaluate(double[] beta, bool needHat = false)
    {
        var eta = (double[])offset.Clone();
        for (var j = 0; j < k; j++)
        {
            var xj = x[j];
            var bj = beta[j];
            if (bj == 0)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                eta[i] += xj[i] * bj;
            }
        }

        var pi = new double[n];
        var wt = new double[n];
        var chunks = n < 50_000 ? 1 : Threads;
        var partial = new double[chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, c =>
        {
            var from = (int)((long)n * c / chunks);
            var to = (int)((long)n * (c + 1) / chunks);
            var ll = 0.0;
            for (var i = from; i < to; i++)
            {
                // With e = exp(−|η|): log π = −log(1 + e^−η), log(1 − π) = log π − η, no overflow.
                var et = eta[i];
                var e = Math.Exp(-Math.Abs(et));
                var l1p = Math.Log(1 + e);
                var logPi = et >= 0 ? -l1p : et - l1p;
                var p = et >= 0 ? 1 / (1 + e) : e / (1 + e);
                if (w[i] != 0)
                {
                    ll += w[i] * ((y[i] * logPi) + ((1 - y[i]) * (logPi - et)));
                }

                pi[i] = p;
                wt[i] = w[i] * p * (et >= 0 ? e / (1 + e) : 1 / (1 + e));
            }

            partial[c] = ll;
        });
        var loglik = partial.Sum();

        var info = LinearAlgebra.CrossProduct(x, wt, Threads);
        if (!LogitLinearAlgebra.TryCholesky(info, k, out var l))
        {
            return new EvalState(pi, double.NaN, info, new double[k * k], new double[n], false);
        }

        var cov = LogitLinearAlgebra.Inverse(l, k);
        var hat = new double[n];
        if (Firth || needHat)
        {
            var q = LogitLinearAlgebra.RowQuadraticFormsCholesky(x, l, Threads);
            for (var i = 0; i < n; i++)
            {
                hat[i] = q[i] * wt[i];
            }
        }

        if (Firth)
        {
            loglik += 0.5 * LogitLinearAlgebra.LogDeterminant(l, k);
        }

        return new EvalState(pi, loglik, info, cov, hat, !double.IsNaN(loglik));
    }


    private sealed record EvalState(double[] Pi, double LogLik, double[] Information, double[] Covariance, double[] Hat, bool Valid);
}
