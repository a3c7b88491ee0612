using Caravan.Core.Frames;
using Caravan.Estimation.FixedEffects;
using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Estimators;

/// <summary>Builds the immutable <see cref="FitResult"/> (fit statistics, fixed-effect info, default variance).</summary>
internal static class ResultAssembler
{
    /// <summary>
    /// K = regressors + Σ G_q − (Q − 1), fixest's <c>nparams</c>: every fixed effect after the first loses one
    /// level. A fixed effect coarser than another (industry over firm) still counts its levels, as in fixest's
    /// default (<c>fixef.force_exact = FALSE</c>); the Stata convention removes them (<see cref="RedundantLevels"/>).
    /// </summary>
    public static int ParameterCount(Sample s, int regressors)
    {
        var q = s.FeGroups.Length;
        if (q == 0)
        {
            return regressors;
        }

        var k = regressors;
        foreach (var g in s.FeGroups)
        {
            k += g;
        }

        return k - (q - 1);
    }

    /// <summary>The levels (G − 1 each) of the fixed effects that are unions of another fixed effect's levels.</summary>
    public static int RedundantLevels(IReadOnlyList<int[]> codes, IReadOnlyList<int> groups)
    {
        var levels = 0;
        foreach (var r in RedundantFixedEffects(codes, groups))
        {
            levels += groups[r] - 1;
        }

        return levels;
    }

    /// <summary>Fixed effects whose every level is a union of levels of another fixed effect (fully redundant).</summary>
    public static List<int> RedundantFixedEffects(Sample s) => RedundantFixedEffects(s.FeCodes, s.FeGroups);

    public static List<int> RedundantFixedEffects(IReadOnlyList<int[]> codes, IReadOnlyList<int> groups)
    {
        var result = new List<int>();
        for (var r = 0; r < groups.Count; r++)
        {
            for (var q = 0; q < groups.Count; q++)
            {
                if (q == r || result.Contains(q) || groups[q] < groups[r] || (groups[q] == groups[r] && q > r))
                {
                    continue;
                }

                if (Vcov.ClusterCodes.IsNested(codes[q], groups[q], codes[r]))
                {
                    result.Add(r);
                    break;
                }
            }
        }

        return result;
    }

    public static FitResult Assemble(ModelKind kind, Frame data, Sample s, RawFit raw, FitOptions o, int threads)
    {
        var n = s.N;
        var kk = raw.Kept.Length;
        var kTotal = ParameterCount(s, kk);
        var notes = new List<string>(s.Notes);
        var droppedTerms = new int[raw.DroppedWhy.Count];
        raw.DroppedWhy.Keys.CopyTo(droppedTerms, 0);
        Array.Sort(droppedTerms);
        var droppedNames = new string[droppedTerms.Length];
        for (var d = 0; d < droppedTerms.Length; d++)
        {
            droppedNames[d] = s.Names[droppedTerms[d]];
            notes.Add($"The variable '{droppedNames[d]}' has been removed ({raw.DroppedWhy[droppedTerms[d]]}).");
        }

        notes.AddRange(raw.Notes);
        foreach (var r in RedundantFixedEffects(s))
        {
            notes.Add($"The fixed effect '{s.FeNames[r]}' is nested in another fixed effect and is redundant; K counts its levels as fixest does by default (the Stata convention does not).");
        }
        if (n <= kTotal)
        {
            throw new EstimationException($"Not enough observations: {n} observations for {kTotal} parameters (including fixed effects).");
        }

        // Fit statistics: two parallel passes (means, then centred sums) for the weighted TSS and the squared
        // correlation of y and the fitted values.
        var w = s.Weights;
        var (_, tss, sw, sqCor) = CentredSums(s.Y, raw.Fitted, w);
        double r2 = double.NaN, adjR2 = double.NaN, rmse = double.NaN, ll = raw.LogLik, ll0 = raw.NullLogLik;
        var pseudo = double.NaN;
        if (kind == ModelKind.Ols)
        {
            r2 = 1 - (raw.Rss / tss);
            adjR2 = 1 - ((1 - r2) * (n - 1) / (n - kTotal));
            rmse = Math.Sqrt(raw.Rss / sw);
            ll = -0.5 * n * (Math.Log(2 * Math.PI) + Math.Log(raw.Rss / n) + 1);
            ll0 = -0.5 * n * (Math.Log(2 * Math.PI) + Math.Log(tss / n) + 1);
        }
        else
        {
            pseudo = 1 - (ll / ll0);
        }

        var fes = new List<FixedEffectInfo>();
        double[][]? feEst = o.FixedEffectEstimates && s.FeCodes.Length > 0 ? FixedEffectEstimates(s, raw, o, threads) : null;
        for (var q = 0; q < s.FeCodes.Length; q++)
        {
            fes.Add(new FixedEffectInfo(s.FeNames[q], s.FeGroups[q], s.FeLabels[q], s.FeCodes[q]) { Estimates = feEst?[q] });
        }

        var result = new FitResult
        {
            Kind = kind,
            Formula = s.Formula.Text,
            TermNames = raw.Kept.Select(j => s.Names[j]).ToArray(),
            Estimates = raw.Beta,
            Bread = new DenseMatrix(kk, kk, raw.Bread),
            DeferredScores = () => new DenseMatrix(n, kk, raw.Scores()),
            Dispersion = raw.Dispersion,
            Vcov = new DenseMatrix(kk, kk, new double[kk * kk]),
            VcovSpec = new VcovSpec.Iid(),
            Nobs = n,
            NobsSource = data.RowCount,
            Dropped = s.Dropped,
            DroppedTerms = droppedNames,
            ParameterCount = kTotal,
            UsesT = kind == ModelKind.Ols,
            LogLikelihood = ll,
            NullLogLikelihood = ll0,
            Deviance = raw.Deviance,
            NullDeviance = kind == ModelKind.Ols ? tss : raw.NullDeviance,
            PseudoR2 = pseudo,
            SquaredCorrelation = sqCor,
            R2 = r2,
            AdjustedR2 = adjR2,
            WithinR2 = raw.WithinR2,
            Rmse = rmse,
            Iterations = raw.Iterations,
            Converged = raw.Converged,
            Notes = notes,
            FixedEffects = fes,
            Variance = new VarianceContext(data, s.Rows) { PanelId = o.PanelId, TimeVar = o.TimeVar },
            FittedValues = raw.Fitted,
            LinearPredictor = raw.Eta,
            Outcome = s.Y,
            Weights = s.Weights,
            Design = s.Design,
        };

        var spec = o.VcovOr(s.FeNames.Length > 0 ? new VcovSpec.Cluster(s.FeNames[0]) : new VcovSpec.Iid());
        return VcovCalculator.Apply(result, spec);
    }

    /// <summary>Weighted mean and TSS of y, the weight sum, and the squared (unweighted) correlation of y and f.</summary>
    private static (double MeanY, double Tss, double Sw, double SqCor) CentredSums(double[] y, double[] f, double[]? w)
    {
        var n = y.Length;
        var first = ParallelSum.Accumulate(n, 4, (from, to, acc) =>
        {
            double sw = 0, swy = 0, sy = 0, sf = 0;
            for (var i = from; i < to; i++)
            {
                var wi = w is null ? 1 : w[i];
                sw += wi;
                swy += wi * y[i];
                sy += y[i];
                sf += f[i];
            }

            acc[0] = sw;
            acc[1] = swy;
            acc[2] = sy;
            acc[3] = sf;
        });
        var meanY = first[1] / first[0];
        var my = first[2] / n;
        var mf = first[3] / n;
        var second = ParallelSum.Accumulate(n, 4, (from, to, acc) =>
        {
            double tss = 0, sxy = 0, sxx = 0, syy = 0;
            for (var i = from; i < to; i++)
            {
                var d = y[i] - meanY;
                tss += (w is null ? 1 : w[i]) * d * d;
                var a = y[i] - my;
                var b = f[i] - mf;
                sxy += a * b;
                sxx += a * a;
                syy += b * b;
            }

            acc[0] = tss;
            acc[1] = sxy;
            acc[2] = sxx;
            acc[3] = syy;
        });
        return (meanY, second[0], first[0], second[1] * second[1] / (second[2] * second[3]));
    }

    /// <summary>α from demeaning η − Xβ (exactly in the span of the fixed effects); later fixed effects normalised so their first level is 0.</summary>
    private static double[][] FixedEffectEstimates(Sample s, RawFit raw, FitOptions o, int threads)
    {
        var n = s.N;
        var v = new double[n];
        for (var i = 0; i < n; i++)
        {
            var xb = 0.0;
            for (var j = 0; j < raw.Kept.Length; j++)
            {
                xb += s.X[raw.Kept[j]][i] * raw.Beta[j];
            }

            v[i] = raw.Eta[i] - xb;
        }

        var dm = new Demeaner(s.FeCodes, s.FeGroups, null);
        var alpha = new double[dm.AlphaLength];
        dm.Demean(v, new double[n], alpha, Math.Min(o.FixedEffectTolerance, 1e-10), Math.Max(o.FixedEffectMaxIterations, 10_000));
        var result = new double[dm.Q][];
        for (var q = 0; q < dm.Q; q++)
        {
            result[q] = alpha.AsSpan(dm.Offset(q), s.FeGroups[q]).ToArray();
        }

        for (var q = 1; q < dm.Q; q++)
        {
            var c = result[q][0];
            for (var g = 0; g < result[q].Length; g++)
            {
                result[q][g] -= c;
            }

            for (var g = 0; g < result[0].Length; g++)
            {
                result[0][g] += c;
            }
        }

        return result;
    }
}
