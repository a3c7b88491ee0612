using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Vcov;

/// <summary>
/// Computes a variance from a fit's stored bread B and scores S (no refit): V = c · B·M·B with the meat M and
/// the small-sample factor c of the spec's convention (<see cref="SmallSample"/>; default fixest's <c>ssc()</c>,
/// decided in <see cref="SmallSampleRules"/>):
/// iid: σ̂²B (OLS; σ̂² = RSS/(n−K)) or B·(n−1)/(n−K) (GLMs);
/// hetero (HC1): n/(n−K); HC0: 1;
/// cluster: G/(G−1)·(n−1)/(n−K), K leaving out fixed effects nested in the cluster;
/// two-way: V₁ + V₂ − V₁₂, each term with min(G)/(min(G)−1) (conventional: its own G);
/// Newey–West / Driscoll–Kraay (as fixest's vcov_NW / vcov_DK): Bartlett weights 1 − l/(L+1),
/// T/(T−1)·(n−1)/(n−K), K leaving out fixed effects nested in the panel or time variable.
/// </summary>
internal static class VcovCalculator
{
    public static FitResult Apply(FitResult fit, VcovSpec spec)
    {
        // A default NW/DK lag is resolved here, so that the label names it ("Newey-West (L=4)", as fixest's).
        spec = spec switch
        {
            VcovSpec.NeweyWest { Lag: null } nw when fit.Estimates.Length > 0 => nw with { Lag = Meat.DefaultLag(fit, fit.Variance.PanelId is not null) },
            VcovSpec.DriscollKraay { Lag: null } dk when fit.Estimates.Length > 0 => dk with { Lag = Meat.DefaultLag(fit, panel: true) },
            _ => spec,
        };
        var (v, df) = Compute(fit, spec);
        // Model-based overrides (Firth's profile-likelihood rows) stay only for the iid variance;
        // any other variance gives Wald inference from the new vcov.
        var inference = spec is VcovSpec.Iid ? fit.InferenceOverride : null;
        return fit with { Vcov = v, VcovSpec = spec, DegreesOfFreedom = df, InferenceOverride = inference };
    }

    public static (DenseMatrix Vcov, double Df) Compute(FitResult fit, VcovSpec spec)
    {
        var k = fit.Estimates.Length;
        if (k == 0)
        {
            return (new DenseMatrix(0, 0, []), double.PositiveInfinity);
        }

        var ssc = spec.Ssc;
        switch (spec)
        {
            case VcovSpec.Iid:
                {
                    var (factor, df) = SmallSampleRules.Iid(fit, ssc);
                    return (Scale(fit.Bread, factor), df);
                }

            case VcovSpec.Hetero h:
                {
                    var (factor, df) = SmallSampleRules.Hetero(fit, ssc, h.Kind);
                    return (Sandwich(fit.Bread, Meat.Hetero(fit.Scores), factor), df);
                }

            case VcovSpec.Cluster c:
                {
                    var g = ClusterCodes.For(fit, c.Variable);
                    if (g.Groups < 2)
                    {
                        throw new EstimationException(
                            $"Cannot cluster by '{c.Variable}': it has a single group in the estimation sample; use iid or hetero.");
                    }

                    var (term, factor, df) = SmallSampleRules.Cluster(fit, ssc, [g], conventional: false);
                    var meat = Meat.Cluster(fit.Scores, g.Codes, g.Groups);
                    return (Sandwich(fit.Bread, meat, factor * term(g.Groups)), df);
                }

            case VcovSpec.TwoWay t:
                return TwoWay(fit, t);
            case VcovSpec.NeweyWest nw:
                {
                    var (factor, df) = SmallSampleRules.Hac(fit, ssc, Meat.Periods(fit), NestingOfHac(fit, panel: true));
                    var meat = Meat.NeweyWest(fit, nw.Lag ?? Meat.DefaultLag(fit, fit.Variance.PanelId is not null));
                    return (Sandwich(fit.Bread, meat, factor), df);
                }

            case VcovSpec.DriscollKraay dk:
                {
                    var (factor, df) = SmallSampleRules.Hac(fit, ssc, Meat.Periods(fit), NestingOfHac(fit, panel: false));
                    var (meat, _) = Meat.DriscollKraay(fit, dk.Lag ?? Meat.DefaultLag(fit, panel: true));
                    return (Sandwich(fit.Bread, meat, factor), df);
                }

            default:
                throw new EstimationException($"Unsupported variance '{spec}'.");
        }
    }

    /// <summary>The variables fixed effects may be nested in for NW/DK (fixest's rm_nested on the panel id and the time).</summary>
    private static ClusterCodes[] NestingOfHac(FitResult fit, bool panel)
    {
        if (fit.FixedEffects.Count == 0)
        {
            return [];
        }

        var time = Meat.TimeCodes(fit);
        return panel && fit.Variance.PanelId is { } id ? [ClusterCodes.For(fit, id), time] : [time];
    }

    private static (DenseMatrix, double) TwoWay(FitResult fit, VcovSpec.TwoWay t)
    {
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
        var (a, factor, df) = SmallSampleRules.Cluster(fit, t.Ssc, [g1, g2], t.Conventional);
        var m1 = Meat.Cluster(fit.Scores, g1.Codes, g1.Groups);
        var m2 = Meat.Cluster(fit.Scores, g2.Codes, g2.Groups);
        var m12 = Meat.Cluster(fit.Scores, g12.Codes, g12.Groups);
        var meat = new double[m1.Length];
        var a12 = g12.Groups > 1 ? a(g12.Groups) : 0;
        for (var i = 0; i < meat.Length; i++)
        {
            meat[i] = (a(g1.Groups) * m1[i]) + (a(g2.Groups) * m2[i]) - (a12 * m12[i]);
        }

        return (Sandwich(fit.Bread, meat, factor), df);
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
        var v = LinearAlgebra.MatMul(LinearAlgebra.MatMul(b, meat, k), b, k);
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= c;
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
