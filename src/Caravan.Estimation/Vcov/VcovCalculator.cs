using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Vcov;

/// <summary>
/// Computes a variance from a fit's stored bread B and scores S (no refit): V = c · B·M·B with the
/// meat M and the small-sample factor c following fixest's default <c>ssc()</c>:
/// iid: σ̂²B (OLS; σ̂² = RSS/(n−K)) or B·(n−1)/(n−K) (GLMs);
/// hetero (HC1): n/(n−K); HC0: 1;
/// cluster: G/(G−1)·(n−1)/(n−K), K leaving out fixed effects nested in the cluster;
/// two-way: V₁ + V₂ − V₁₂, each term with min(G)/(min(G)−1) (conventional: its own G);
/// Newey–West / Driscoll–Kraay: Bartlett weights 1 − l/(L+1), factor (n−1)/(n−K).
/// </summary>
internal static partial class VcovCalculator
{
    public static FitResult Apply(FitResult fit, VcovSpec spec)
    {
        var (v, df) = Compute(fit, spec);
        // Model-based overrides (Firth's profile-likelihood rows) stay only for the iid variance;
        // any other variance gives Wald inference from the new vcov.
        var inference = spec is VcovSpec.Iid ? fit.InferenceOverride : null;
        return fit with { Vcov = v, VcovSpec = spec, DegreesOfFreedom = df, InferenceOverride = inference };
    }

    public static (DenseMatrix Vcov, double Df) Compute(FitResult fit, VcovSpec spec)
    {
        var k = fit.Estimates.Length;
        var n = fit.Nobs;
        var kTotal = fit.ParameterCount;
        if (k == 0)
        {
            return (new DenseMatrix(0, 0, []), double.PositiveInfinity);
        }

        switch (spec)
        {
            case VcovSpec.Iid:
                {
                    var factor = fit.Kind == ModelKind.Ols ? fit.Dispersion : fit.Dispersion * SmallSample(n, kTotal);
                    return (Scale(fit.Bread, factor), n - kTotal);
                }

            case VcovSpec.Hetero h:
                {
                    var meat = Meat.Hetero(fit.Scores);
                    var factor = h.Kind == HeteroKind.HC1 ? (double)n / (n - kTotal) : 1.0;
                    return (Sandwich(fit.Bread, meat, factor), n - kTotal);
                }

            case VcovSpec.Cluster c:
                {
                    var g = ClusterCodes.For(fit, c.Variable);
                    if (g.Groups < 2)
                    {
                        throw new EstimationException(
                            $"Cannot cluster by '{c.Variable}': it has a single group in the estimation sample; use iid or hetero.");
                    }

                    var meat = Meat.Cluster(fit.Scores, g.Codes, g.Groups);
                    var kAdj = kTotal - NestedFixedEffectDof(fit, [g]);
                    var factor = g.Groups / (g.Groups - 1.0) * SmallSample(n, kAdj);
                    return (Sandwich(fit.Bread, meat, factor), g.Groups - 1);
                }

            case VcovSpec.TwoWay t:
                return TwoWay(fit, t);
            case VcovSpec.NeweyWest nw:
                return (Sandwich(fit.Bread, Meat.NeweyWest(fit, nw.Lag ?? Meat.DefaultLag(fit, fit.Variance.PanelId is not null)), SmallSample(n, kTotal)), n - kTotal);
            case VcovSpec.DriscollKraay dk:
                {
                    var (meat, periods) = Meat.DriscollKraay(fit, dk.Lag ?? Meat.DefaultLag(fit, panel: true));
                    return (Sandwich(fit.Bread, meat, SmallSample(n, kTotal)), periods - 1);
                }

            default:
                throw new EstimationException($"Unsupported variance '{spec}'.");
        }
    }

    private static (DenseMatrix, double) TwoWay(FitResult fit, VcovSpec.TwoWay t)
    {
        var n = fit.Nobs;
        var g1 = ClusterCodes.For(fit, t.Variable1);
        var g2 = ClusterCodes.For(fit, t.Variable2);
        foreach (var (g, name) in new[] { (g1, t.Variable1), (g2, t.Variable2) })
        {
            if (g.Groups < 2)
            {
                throw new EstimationException($"Cannot cluster by '{name}': it has a single group in the estimation sample.");
            }
        }

        var g12 = ClusterCodes.Intersect(g1, g2);
        var gMin = Math.Min(g1.Groups, g2.Groups);
        double A(int g) => t.Conventional ? g / (g - 1.0) : gMin / (gMin - 1.0);
        var m1 = Meat.Cluster(fit.Scores, g1.Codes, g1.Groups);
        var m2 = Meat.Cluster(fit.Scores, g2.Codes, g2.Groups);
        var m12 = Meat.Cluster(fit.Scores, g12.Codes, g12.Groups);
        var k = fit.Estimates.Length;
        var meat = new double[k * k];
        var a12 = g12.Groups > 1 ? A(g12.Groups) : 0;
        for (var i = 0; i < meat.Length; i++)
        {
            meat[i] = (A(g1.Groups) * m1[i]) + (A(g2.Groups) * m2[i]) - (a12 * m12[i]);
        }

        var kAdj = fit.ParameterCount - NestedFixedEffectDof(fit, [g1, g2]);
        return (Sandwich(fit.Bread, meat, SmallSample(n, kAdj)), gMin - 1);
    }

    /// <summary>(n−1)/(n−K).</summary>
    internal static double SmallSample(int n, int k) => n - k > 0 ? (n - 1.0) / (n - k) : double.NaN;

    /// <summary>Degrees of freedom of fixed effects nested in one of the clusters (fixest's fixef.K = "nested").</summary>
    private static int NestedFixedEffectDof(FitResult fit, IReadOnlyList<ClusterCodes> clusters)
    {
        var dof = 0;
        var redundant = Estimators.ResultAssembler.RedundantFixedEffects(
            fit.FixedEffects.Select(f => f.Codes).ToArray(), fit.FixedEffects.Select(f => f.Levels).ToArray());
        for (var q = 0; q < fit.FixedEffects.Count; q++)
        {
            var fe = fit.FixedEffects[q];
            if (redundant.Contains(q))
            {
                continue;
            }

            if (clusters.Any(c => ClusterCodes.IsNested(fe.Codes, fe.Levels, c.Codes)))
            {
                // A nested fixed effect still leaves one parameter (the constant) in K, as fixest (and Stata's xtreg).
                dof += fe.Levels - 1;
            }
        }

        return dof;
    }

    private static DenseMatrix Scale(DenseMatrix m, double c)
    {
        var d = new double[m.Data.Length];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = m.Data[i] * c;
        }

        return new DenseMatrix(m.Rows, m.Cols, d);
    }

    /// <summary>c · B M B.</summary>
    internal static DenseMatrix Sandwich(DenseMatrix bread, double[] meat, double c)
    {
        var k = bread.Rows;
        var b = bread.Data;
        var tmp = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                double s = 0;
                for (var l = 0; l < k; l++)
                {
                    s += b[(i * k) + l] * meat[(l * k) + j];
                }

                tmp[(i * k) + j] = s;
            }
        }

        var v = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                double s = 0;
                for (var l = 0; l < k; l++)
                {
                    s += tmp[(i * k) + l] * b[(l * k) + j];
                }

                v[(i * k) + j] = c * s;
            }
        }

        // Symmetrize against rounding.
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                var m = 0.5 * (v[(i * k) + j] + v[(j * k) + i]);
                v[(i * k) + j] = m;
                v[(j * k) + i] = m;
            }
        }

        return new DenseMatrix(k, k, v);
    }
}
