using System.Collections.Concurrent;

namespace Caravan.Estimation.Estimators;

/// <summary>One (possibly restricted) fit of the engine.</summary>
/// <param name="Beta">All k coefficients (fixed ones at their fixed values).</param>
/// <param name="LogLik">(Penalised) log-likelihood: Σ w[y log π + (1−y) log(1−π)] (+ ½ log|I(β)| for Firth).</param>
/// <param name="Covariance">Inverse of the full k×k Fisher information X'diag(wπ(1−π))X at Beta (row-major).</param>
/// <param name="Hat">Diagonal of the weighted hat matrix W^½X(X'WX)^−1X'W^½ (empty when the fit was asked not to keep rows).</param>
/// <param name="Fitted">Fitted probabilities π (empty when the fit was asked not to keep rows).</param>
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
/// profile likelihoods and likelihood-ratio tests). Each iteration is two passes over the rows
/// (<see cref="LogitPasses"/>): a trial step needs only pass 1 (log-likelihood and information), the
/// accepted one pass 2 (hat and score). Buffers are pooled per concurrent fit: the engine may be used
/// from several threads at once, and an iteration allocates nothing of size n.
/// </summary>
internal sealed class PenalizedLogitEngine
{
    public const double MaxStep = 5.0;
    private readonly LogitDesign design;
    private readonly int k;
    private readonly ConcurrentBag<Workspace> pool = [];

    public PenalizedLogitEngine(double[][] x, double[] y, double[]? weights, double[]? offset, bool firth)
    {
        design = new LogitDesign(x, y, weights, offset);
        k = x.Length;
        Firth = firth;
    }

    public bool Firth { get; }

    public int Columns => k;

    internal LogitDesign Design => design;

    public int MaxIterations { get; init; } = 200;

    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Threads for the row passes (results do not depend on it: partitions are fixed).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether an unpenalised fit also returns the hat diagonal (always computed for Firth).</summary>
    public bool ComputeHat { get; init; }

    /// <summary>
    /// Fits with the coefficients flagged free estimated and the others held at <paramref name="start"/>.
    /// <paramref name="keepRows"/> false leaves <see cref="PenalizedLogitFit.Hat"/> and
    /// <see cref="PenalizedLogitFit.Fitted"/> empty (profile fits need neither); <paramref name="threads"/>
    /// overrides <see cref="Threads"/> (0 = keep).
    /// </summary>
    /// <para>
    /// <paramref name="gainTolerance"/> &gt; 0 also ends the fit when the full Newton step would raise the
    /// (penalised) log-likelihood by less than it (½ U'I⁻¹U on the free coefficients): the value is then
    /// that far from the maximum, and the score's error is first order in the step. Profile fits use it;
    /// 0 (default) keeps the score rule alone.
    /// </para>
    public PenalizedLogitFit Fit(double[] start, bool[]? free = null, bool keepRows = true, int threads = 0, double gainTolerance = 0)
    {
        if (!pool.TryTake(out var ws))
        {
            ws = new Workspace(design);
        }

        try
        {
            return FitCore(ws, start, free, keepRows, threads > 0 ? threads : Threads, gainTolerance);
        }
        finally
        {
            pool.Add(ws);
        }
    }

    /// <summary>Penalised log-likelihood at β (NaN if the information is singular).</summary>
    public double LogLikAt(double[] beta)
    {
        if (!pool.TryTake(out var ws))
        {
            ws = new Workspace(design);
        }

        try
        {
            return Evaluate(ws, beta, ws.Spare, Threads);
        }
        finally
        {
            pool.Add(ws);
        }
    }

    private PenalizedLogitFit FitCore(Workspace ws, double[] start, bool[]? free, bool keepRows, int threads, double gainTolerance)
    {
        var beta = (double[])start.Clone();
        var freeIdx = Enumerable.Range(0, k).Where(j => free is null || free[j]).ToArray();
        var m = freeIdx.Length;
        var sub = new double[m * m];
        var subL = new double[m * m];
        var rhs = new double[m];
        var stepFree = new double[m];
        var delta = new double[k];
        var cand = new double[k];

        var logLik = Evaluate(ws, beta, ws.Current, threads);
        var scoreFresh = false;
        var converged = false;
        var iter = 0;
        for (; iter < MaxIterations; iter++)
        {
            Score(ws, ws.Current, Firth, threads);
            scoreFresh = true;
            var score = ws.Score;
            var scoreMax = 0.0;
            foreach (var j in freeIdx)
            {
                scoreMax = Math.Max(scoreMax, Math.Abs(score[j]));
            }

            if (m == 0 || scoreMax < Tolerance)
            {
                converged = true;
                break;
            }

            var info = ws.Current.Info;
            for (var a = 0; a < m; a++)
            {
                rhs[a] = score[freeIdx[a]];
                for (var b = 0; b < m; b++)
                {
                    sub[(a * m) + b] = info[(freeIdx[a] * k) + freeIdx[b]];
                }
            }

            if (!Cholesky(sub, m, subL))
            {
                break;
            }

            SolveCholesky(subL, m, rhs, stepFree);
            if (gainTolerance > 0)
            {
                var gain = 0.0;
                for (var i = 0; i < m; i++)
                {
                    gain += rhs[i] * stepFree[i];
                }

                if (gain / 2 < gainTolerance)
                {
                    converged = true;
                    break;
                }
            }

            Array.Clear(delta);
            for (var i = 0; i < m; i++)
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

            var accepted = false;
            for (var half = 0; half < 60; half++)
            {
                for (var j = 0; j < k; j++)
                {
                    cand[j] = beta[j] + delta[j];
                }

                var ll = Evaluate(ws, cand, ws.Spare, threads);
                if (ws.Spare.Valid && ll >= logLik - (1e-12 * Math.Max(1, Math.Abs(logLik))))
                {
                    ws.Swap();
                    (beta, cand) = (cand, beta);
                    logLik = ll;
                    accepted = true;
                    break;
                }

                for (var j = 0; j < k; j++)
                {
                    delta[j] /= 2;
                }
            }

            if (!accepted)
            {
                // No ascent possible along the Newton direction: we are at the optimum to machine precision.
                converged = scoreMax < 1e-6;
                break;
            }

            scoreFresh = false;
            var relChange = 0.0;
            for (var j = 0; j < k; j++)
            {
                relChange = Math.Max(relChange, Math.Abs(delta[j]) / (1 + Math.Abs(beta[j])));
            }

            if (relChange < Tolerance * 0.1)
            {
                // A Newton step this small means the remaining error is of order step², far below it.
                converged = true;
                iter++;
                break;
            }
        }

        var state = ws.Current;
        var needHat = Firth || ComputeHat;
        if (!scoreFresh || (needHat && !Firth))
        {
            Score(ws, state, Firth, threads, computeHat: needHat);
        }

        var covariance = state.Valid ? Inverse(state) : new double[k * k];
        return new PenalizedLogitFit(
            beta, logLik, covariance,
            keepRows ? (double[])ws.Hat.Clone() : [],
            keepRows ? (double[])state.Pi.Clone() : [],
            iter, converged)
        {
            Score = state.Valid ? (double[])ws.Score.Clone() : new double[k],
        };
    }

    /// <summary>Pass 1 into <paramref name="slot"/>: π, weights, information, its Cholesky factor; returns the (penalised) log-likelihood.</summary>
    private double Evaluate(Workspace ws, double[] beta, Slot slot, int threads)
    {
        var ll = LogitPasses.Information(design, beta, slot.Pi, slot.Wt, slot.Info, ws.Partials, threads);
        slot.Valid = Cholesky(slot.Info, k, slot.L);
        if (!slot.Valid)
        {
            return double.NaN;
        }

        if (Firth)
        {
            var logDet = 0.0;
            for (var i = 0; i < k; i++)
            {
                logDet += Math.Log(slot.L[(i * k) + i]);
            }

            ll += logDet;
        }

        slot.Valid = !double.IsNaN(ll);
        return slot.Valid ? ll : double.NaN;
    }

    /// <summary>Pass 2 at <paramref name="slot"/>: hat (Firth, or on request) and the (modified) score into the workspace.</summary>
    private void Score(Workspace ws, Slot slot, bool firth, int threads, bool computeHat = false)
    {
        double[]? linv = null;
        if (slot.Valid && (firth || computeHat))
        {
            Numerics.LinearAlgebra.InverseLower(slot.L, k, ws.Linv);
            linv = ws.Linv;
        }

        LogitPasses.Score(design, slot.Pi, slot.Wt, linv, firth && slot.Valid, ws.Hat, ws.Score, ws.Partials, threads);
    }

    private double[] Inverse(Slot slot) => Numerics.LinearAlgebra.InverseFromCholesky(slot.L, k);

    /// <summary>Lower Cholesky factor of the m×m SPD matrix <paramref name="a"/> into <paramref name="l"/>; false if not positive definite.</summary>
    internal static bool Cholesky(double[] a, int m, double[] l)
    {
        Array.Clear(l, 0, m * m);
        for (var j = 0; j < m; j++)
        {
            var d = a[(j * m) + j];
            for (var p = 0; p < j; p++)
            {
                d -= l[(j * m) + p] * l[(j * m) + p];
            }

            if (!(d > 0))
            {
                return false;
            }

            var ljj = Math.Sqrt(d);
            l[(j * m) + j] = ljj;
            for (var i = j + 1; i < m; i++)
            {
                var s = a[(i * m) + j];
                for (var p = 0; p < j; p++)
                {
                    s -= l[(i * m) + p] * l[(j * m) + p];
                }

                l[(i * m) + j] = s / ljj;
            }
        }

        return true;
    }

    /// <summary>Solves (L Lᵀ) x = b.</summary>
    internal static void SolveCholesky(double[] l, int m, double[] b, double[] x)
    {
        for (var i = 0; i < m; i++)
        {
            var s = b[i];
            for (var p = 0; p < i; p++)
            {
                s -= l[(i * m) + p] * x[p];
            }

            x[i] = s / l[(i * m) + i];
        }

        for (var i = m - 1; i >= 0; i--)
        {
            var s = x[i];
            for (var p = i + 1; p < m; p++)
            {
                s -= l[(p * m) + i] * x[p];
            }

            x[i] = s / l[(i * m) + i];
        }
    }

    /// <summary>Per-point buffers of one evaluated β.</summary>
    private sealed class Slot(int n, int k)
    {
        public double[] Pi { get; } = new double[n];

        public double[] Wt { get; } = new double[n];

        public double[] Info { get; } = new double[k * k];

        public double[] L { get; } = new double[k * k];

        public bool Valid { get; set; }
    }

    /// <summary>Buffers of one fit in flight: the current point, a trial point, hat, score, L⁻¹ and pass partials.</summary>
    private sealed class Workspace(LogitDesign d)
    {
        public Slot Current { get; private set; } = new(d.Rows, d.Columns);

        public Slot Spare { get; private set; } = new(d.Rows, d.Columns);

        public double[] Hat { get; } = new double[d.Rows];

        public double[] Score { get; } = new double[d.Columns];

        public double[] Linv { get; } = new double[d.Columns * d.Columns];

        public double[] Partials { get; } = new double[LogitPasses.PartialsLength(d)];

        public void Swap() => (Current, Spare) = (Spare, Current);
    }
}
