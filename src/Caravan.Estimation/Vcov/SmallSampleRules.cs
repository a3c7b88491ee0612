using Caravan.Estimation.Results;

namespace Caravan.Estimation.Vcov;

/// <summary>
/// The one place where the small-sample factors and t degrees of freedom of every variance are decided, for each
/// <see cref="SmallSample"/> convention. fixest's rules are those of its vcov.fixest/ssc() (fixest 0.12.1, R/VCOV.R):
/// V = ss · c · B·M·B with ss = (n−1)/(n−K) when <c>adj</c>, K by <c>fixef.K</c>, and c = n/(n−1) (hetero),
/// G/(G−1) (cluster), T/(T−1) (Newey–West, Driscoll–Kraay) when <c>cluster.adj</c>; the OLS iid bread is
/// RSS/(n−1)·(X̃'X̃)⁻¹ before ss (so <c>adj = FALSE</c> gives RSS/(n−1)), the GLM iid bread the inverse Hessian.
/// </summary>
internal static class SmallSampleRules
{
    /// <summary>Factor on the iid bread and the df (the bread is σ̂²-free: (X̃'X̃)⁻¹ or the inverse Hessian).</summary>
    public static (double Factor, double Df) Iid(FitResult fit, SmallSample ssc)
    {
        var n = fit.Nobs;
        var kTotal = fit.ParameterCount;
        if (fit.Kind is ModelKind.FirthLogit or ModelKind.RareEventsLogit)
        {
            // The penalised models' own variance (logistf's, Zelig's): their Dispersion is set for this rule.
            return (fit.Dispersion * Adj(n, kTotal), n - kTotal);
        }

        var ols = fit.Kind == ModelKind.Ols;
        switch (ssc)
        {
            case SmallSample.Stata:
                {
                    // σ̂² = RSS/(n − K) with K without redundant fixed effects (reghdfe); Dispersion has the fixest K.
                    var kStata = StataK(fit);
                    var sigma = fit.Kind == ModelKind.Ols ? fit.Dispersion * (n - kTotal) / (n - kStata) : fit.Dispersion;
                    return (sigma, n - kStata);
                }
            case SmallSample.Fixest f:
                {
                    var k = K(fit, f, []);
                    // OLS: Dispersion = RSS/(n−K_total); fixest's bread is RSS/(n−1)·(X̃'X̃)⁻¹.
                    var bread = ols ? fit.Dispersion * (n - kTotal) / (n - 1.0) : fit.Dispersion;
                    return (bread * (f.Adj ? Adj(n, k) : 1.0), Df(f, n - k));
                }

            default:
                throw Unsupported(ssc);
        }
    }

    public static (double Factor, double Df) Hetero(FitResult fit, SmallSample ssc, HeteroKind kind)
    {
        var n = fit.Nobs;
        switch (ssc)
        {
            case SmallSample.Stata:
                {
                    var kStata = StataK(fit);
                    var c = kind == HeteroKind.HC0 ? 1.0 : fit.Kind == ModelKind.Ols ? (double)n / (n - kStata) : n / (n - 1.0);
                    return (c, n - kStata);
                }

            case SmallSample.Fixest f:
                {
                    var k = K(fit, f, []);
                    var c = kind == HeteroKind.HC0 ? 1.0 : (f.ClusterAdj ? n / (n - 1.0) : 1.0) * (f.Adj ? Adj(n, k) : 1.0);
                    return (c, Df(f, n - k));
                }

            default:
                throw Unsupported(ssc);
        }
    }

    /// <summary>
    /// One- or multiway clustering: the multiplier of each term's meat (by its G), the factor on the whole
    /// sandwich, and the df. <paramref name="conventional"/> forces each term's own G (<c>twoway-conventional:</c>).
    /// </summary>
    public static (Func<int, double> Term, double Factor, double Df) Cluster(
        FitResult fit, SmallSample ssc, IReadOnlyList<ClusterCodes> clusters, bool conventional)
    {
        var n = fit.Nobs;
        var gMin = clusters.Min(c => c.Groups);
        static double Own(int g) => g / (g - 1.0);
        switch (ssc)
        {
            case SmallSample.Stata:
                {
                    var c = fit.Kind == ModelKind.Ols ? Adj(n, NestedK(fit, clusters, stata: true)) : 1.0;
                    return (Own, c, gMin - 1);
                }

            case SmallSample.Fixest f:
                {
                    var k = K(fit, f, clusters);
                    var own = f.ClusterAdj && (conventional || f.ClusterDf == ClusterDf.Conventional);
                    var all = f.ClusterAdj && !own ? Own(gMin) : 1.0;
                    var c = all * (f.Adj ? Adj(n, k) : 1.0);
                    return (own ? Own : _ => 1.0, c, Df(f, f.TDf == TDf.Min ? Math.Max(gMin - 1, 1) : Math.Max(n - k, 1)));
                }

            default:
                throw Unsupported(ssc);
        }
    }

    /// <summary>Newey–West / Driscoll–Kraay over <paramref name="periods"/> periods; K leaves out fixed effects nested in the panel or time variable.</summary>
    public static (double Factor, double Df) Hac(FitResult fit, SmallSample ssc, int periods, IReadOnlyList<ClusterCodes> nestingVariables)
    {
        var n = fit.Nobs;
        switch (ssc)
        {
            case SmallSample.Fixest f:
                {
                    var k = K(fit, f, nestingVariables);
                    var c = (f.ClusterAdj ? periods / (periods - 1.0) : 1.0) * (f.Adj ? Adj(n, k) : 1.0);
                    return (c, Df(f, f.TDf == TDf.Min ? Math.Max(periods - 1, 1) : Math.Max(n - k, 1)));
                }

            case SmallSample.Stata:
                throw new EstimationException(
                    "Newey-West and Driscoll-Kraay are not defined under the Stata convention (Stata's newey and xtscc are not reproduced); use the fixest convention (--ssc fixest or its switches).");
            default:
                throw Unsupported(ssc);
        }
    }

    /// <summary>fixest: a given <c>t.df</c> replaces the computed df of every variance.</summary>
    private static double Df(SmallSample.Fixest f, double computed) => f.TDf == TDf.Fixed ? f.TDfValue : computed;

    /// <summary>(n−1)/(n−K).</summary>
    public static double Adj(int n, int k) => n - k > 0 ? (n - 1.0) / (n - k) : double.NaN;

    /// <summary>fixest's K under <c>fixef.K</c>, given the variables in which fixed effects count as nested.</summary>
    private static int K(FitResult fit, SmallSample.Fixest f, IReadOnlyList<ClusterCodes> nestingVariables) => f.FixefK switch
    {
        // fixest: K − (Σ sizes − (Q − 1)), i.e. the slope coefficients only.
        FixefK.None => fit.FixedEffects.Count > 0 ? fit.Estimates.Length : fit.ParameterCount,
        FixefK.Full => fit.ParameterCount,
        _ => NestedK(fit, nestingVariables),
    };

    /// <summary>
    /// K without the fixed effects nested in one of the variables (each still leaves one parameter, the constant).
    /// fixest (fixest 0.12.1 VCOV.R, <c>fixef.force_exact = FALSE</c>): from its <c>nparams</c>, every nested effect's
    /// levels less one. Stata (<paramref name="stata"/>, reghdfe): from K without redundant fixed effects, the nested
    /// effects that are not already redundant.
    /// </summary>
    private static int NestedK(FitResult fit, IReadOnlyList<ClusterCodes> nestingVariables, bool stata = false)
    {
        var k0 = stata ? StataK(fit) : fit.ParameterCount;
        if (nestingVariables.Count == 0 || fit.FixedEffects.Count == 0)
        {
            return k0;
        }

        var nested = new bool[fit.FixedEffects.Count];
        if (stata)
        {
            var redundant = Estimators.ResultAssembler.RedundantFixedEffects(fit.FixedEffects.Select(fe => fe.Codes).ToArray(), fit.FixedEffects.Select(fe => fe.Levels).ToArray());
            for (var q = 0; q < nested.Length; q++)
            {
                var fe = fit.FixedEffects[q];
                nested[q] = !redundant.Contains(q) && nestingVariables.Any(c => ClusterCodes.IsNested(fe.Codes, fe.Levels, c.Codes));
            }
        }
        else
        {
            // fixest's order: an effect named as a nesting variable (or an a^b with one) is nested; the data are checked
            // for the others only when some nesting variable is not itself a fixed effect of the model.
            var names = nestingVariables.Select(c => c.Name).ToArray();
            for (var q = 0; q < nested.Length; q++)
            {
                var name = fit.FixedEffects[q].Name;
                nested[q] = names.Contains(name) || name.Split('^', StringSplitOptions.TrimEntries).Any(p => names.Contains(p));
            }

            var allNamed = names.All(v => v is not null && fit.FixedEffects.Any(fe => fe.Name == v));
            for (var q = 0; q < nested.Length && !allNamed; q++)
            {
                var fe = fit.FixedEffects[q];
                nested[q] |= nestingVariables.Any(c => ClusterCodes.IsNested(fe.Codes, fe.Levels, c.Codes));
            }
        }

        var dof = 0;
        for (var q = 0; q < nested.Length; q++)
        {
            if (nested[q])
            {
                dof += fit.FixedEffects[q].Levels - 1;
            }
        }

        // fixest: K = max(K, coefficients + 1).
        return dof == 0 ? k0 : Math.Max(k0 - dof, fit.Estimates.Length + 1);
    }

    /// <summary>Stata's K (reghdfe): fixest's K less the levels of fixed effects that are unions of another's levels.</summary>
    private static int StataK(FitResult fit) => fit.FixedEffects.Count < 2
        ? fit.ParameterCount
        : fit.ParameterCount - Estimators.ResultAssembler.RedundantLevels(
            fit.FixedEffects.Select(fe => fe.Codes).ToArray(), fit.FixedEffects.Select(fe => fe.Levels).ToArray());

    private static EstimationException Unsupported(SmallSample ssc) => new($"Unsupported small-sample convention '{ssc}'.");
}
