using Caravan.Estimation.FixedEffects;
using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// Poisson separation by the regressors (Correia, Guimarães &amp; Zylkin 2021, "Verifying the existence of
/// maximum likelihood estimates for generalized linear models", the iterative rectifier of ppmlhdfe):
/// find z = Xγ (+ fixed effects) with z = 0 where y &gt; 0 and z ≥ 0 where y = 0; the observations with
/// y = 0 and z &gt; 0 are separated (their μ → 0) and are dropped. Each step regresses u on X with a large
/// weight on y &gt; 0 rows, then rectifies u = max(ẑ, 0) on the y = 0 rows, until ẑ ≥ 0 there.
/// </summary>
internal static class SeparationDetector
{
    private const double BigWeight = 1e6;

    /// <summary>Diagnostics: iterations of the last detection.</summary>
    internal static int LastIterations;

    /// <summary>Indices (into the sample) of separated observations; empty when none. <paramref name="inconclusive"/> when the iteration cap is hit.</summary>
    public static int[] Detect(Sample s, FitOptions o, int threads, out bool inconclusive)
    {
        inconclusive = false;
        var n = s.N;
        var y = s.Y;
        var zeros = 0;
        for (var i = 0; i < n; i++)
        {
            if (y[i] == 0)
            {
                zeros++;
            }
        }

        if (zeros == 0 || s.X.Length == 0)
        {
            return [];
        }

        if (SeparationCertificate.NoSeparation(s, o, threads))
        {
            LastIterations = 0;
            return [];
        }

        var w = new double[n];
        var u = new double[n];
        for (var i = 0; i < n; i++)
        {
            w[i] = y[i] > 0 ? BigWeight : 1;
            u[i] = y[i] > 0 ? 0 : 1;
        }

        var demeaner = s.FeCodes.Length == 0 ? null : new Demeaner(s.FeCodes, s.FeGroups, w);
        var tol = Math.Min(o.FixedEffectTolerance, 1e-8);
        double[][] xDem;
        if (demeaner is null)
        {
            xDem = s.X;
        }
        else
        {
            (xDem, _, _) = demeaner.DemeanCopies(s.X, tol, o.FixedEffectMaxIterations, threads);
        }

        var (drop, _) = WeightedLeastSquares.Screen(s.X, xDem, w, o.CollinearityTolerance, threads);
        var xk = Enumerable.Range(0, s.X.Length).Except(drop).Select(j => xDem[j]).ToArray();
        var uDem = new double[n];
        var uAlpha = demeaner is null ? null : new double[demeaner.AlphaLength];
        double[]? inv = null;
        if (xk.Length > 0)
        {
            inv = LinearAlgebra.InverseSpd(LinearAlgebra.CrossProduct(xk, w, threads), xk.Length);
        }

        for (var iter = 0; iter < 100; iter++)
        {
            LastIterations = iter + 1;
            if (demeaner is null)
            {
                Array.Copy(u, uDem, n);
            }
            else
            {
                demeaner.Demean(u, uDem, uAlpha!, tol, o.FixedEffectMaxIterations);
            }

            double[] resid;
            if (inv is not null)
            {
                var beta = LinearAlgebra.MatVec(inv, LinearAlgebra.CrossVector(xk, w, uDem, threads), xk.Length);
                resid = WeightedLeastSquares.Residuals(xk, uDem, beta, threads);
            }
            else
            {
                resid = uDem;
            }

            // ẑ = u − residual; check the sign pattern on the zero rows, relative to the size of ẑ there
            // (u shrinks towards 0 when nothing is separated).
            var zmax = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (y[i] == 0)
                {
                    zmax = Math.Max(zmax, Math.Abs(u[i] - resid[i]));
                }
            }

            // u starts at 1 on the zero rows: without separation it shrinks towards 0; with separation the
            // separated rows keep values of order 1.
            if (zmax < 1e-6)
            {
                return [];
            }

            var allNonNegative = true;
            var anyPositive = false;
            var cut = Math.Max(1e-4 * zmax, 1e-10);
            for (var i = 0; i < n; i++)
            {
                var z = u[i] - resid[i];
                if (Math.Abs(z) < cut)
                {
                    z = 0;
                }

                if (y[i] == 0)
                {
                    if (z < 0)
                    {
                        allNonNegative = false;
                    }
                    else if (z > 0)
                    {
                        anyPositive = true;
                    }

                    u[i] = Math.Max(z, 0);
                }
            }

            if (allNonNegative)
            {
                if (!anyPositive)
                {
                    return [];
                }

                var sep = new List<int>();
                for (var i = 0; i < n; i++)
                {
                    if (y[i] == 0 && u[i] > 0)
                    {
                        sep.Add(i);
                    }
                }

                return sep.ToArray();
            }
        }

        inconclusive = true;
        return [];
    }

    /// <summary>The sample without the given rows (fixed-effect codes re-compacted), and the drop record.</summary>
    public static Sample Without(Sample s, int[] separated)
    {
        var drop = new bool[s.N];
        foreach (var i in separated)
        {
            drop[i] = true;
        }

        var keep = Enumerable.Range(0, s.N).Where(i => !drop[i]).ToArray();
        double[] G(double[] v) => keep.Select(i => v[i]).ToArray();
        var feCodes = new int[s.FeCodes.Length][];
        var feLabels = new string[s.FeCodes.Length][];
        for (var q = 0; q < s.FeCodes.Length; q++)
        {
            (feCodes[q], feLabels[q]) = FixedEffectCoder.Compact(s.FeCodes[q], s.FeLabels[q], keep);
        }

        var rows = separated.Select(i => s.Rows[i]).ToArray();
        var dropped = new List<DroppedObservations>(s.Dropped)
        {
            new(DropReason.SeparatedByRegressors, rows.Length, rows,
                $"{rows.Length} observations with a zero outcome are separated by the regressors (their fitted mean is 0 at the maximum) and were removed (ppmlhdfe's iterative rectifier)."),
        };
        var notes = new List<string>(s.Notes) { dropped[^1].Detail };
        return s with
        {
            Rows = keep.Select(i => s.Rows[i]).ToArray(),
            Y = G(s.Y),
            X = s.X.Select(G).ToArray(),
            Weights = s.Weights is null ? null : G(s.Weights),
            FeCodes = feCodes,
            FeGroups = feLabels.Select(l => l.Length).ToArray(),
            FeLabels = feLabels,
            Dropped = dropped,
            Notes = notes,
        };
    }
}
