using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// King, Tomz &amp; Wittenberg (2000) simulation of quantities of interest: draw M coefficient vectors
/// β̃ ~ N(β̂, V̂) (the fit's current variance), compute for each the expected value g⁻¹(x'β̃) under
/// the model's inverse link (identity for OLS, logistic for logit/Firth/relogit, Φ for probit, exp for
/// Poisson), and, for a second scenario, first differences and risk ratios; summarise with mean, SD,
/// median and percentile intervals. Deterministic given the seed.
/// </summary>
public static class QuantitiesOfInterest
{
    /// <summary>Simulates E(Y|X) and, with <paramref name="x1"/>, E(Y|X1), the first difference and the risk ratio.</summary>
    public static SimulationResult Simulate(FitResult fit, Scenario x, Scenario? x1 = null, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(x);
        options ??= SimulationOptions.Default;
        if (fit.FixedEffects.Count > 0)
        {
            throw new EstimationException(
                "Simulation: the model absorbs fixed effects, so x'β omits them; refit with the effects as regressors (e.g. i(year)) to simulate.");
        }

        var row0 = ScenarioDesign.Row(fit, x, options.Others);
        var row1 = x1 is null ? null : ScenarioDesign.Row(fit, x1, options.Others);
        return SimulateRows(fit.Kind, fit.TermNames, fit.Estimates, fit.Vcov.Data, row0, row1, options);
    }

    /// <summary>The same on explicit design rows (aligned with the coefficients).</summary>
    internal static SimulationResult SimulateRows(
        ModelKind kind, IReadOnlyList<string> terms, double[] beta, double[] vcov, double[] x0, double[]? x1, SimulationOptions options)
    {
        if (options.Draws < 2)
        {
            throw new EstimationException($"Simulation: need at least 2 draws; got {options.Draws}.");
        }

        ResourceBudget.CheckDraws(options.Draws, beta.Length + 6);

        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new EstimationException($"Simulation: the interval level must be in (0, 1); got {options.Level}.");
        }

        var k = beta.Length;
        if (x0.Length != k || (x1 is not null && x1.Length != k))
        {
            throw new EstimationException($"Simulation: a scenario row has the wrong length (expected {k} terms).");
        }

        var draws = new NormalSampler(options.Seed).Multivariate(beta, vcov, options.Draws);
        var link = InverseLink(kind);
        var ev0 = new double[options.Draws];
        var ev1 = x1 is null ? null : new double[options.Draws];
        for (var m = 0; m < draws.Length; m++)
        {
            ev0[m] = link(Dot(draws[m], x0));
            if (ev1 is not null)
            {
                ev1[m] = link(Dot(draws[m], x1!));
            }
        }

        QuantityOfInterest? q1 = null, fd = null, rr = null;
        if (ev1 is not null)
        {
            q1 = Summarise("Expected value E(Y|X1)", ev1, options.Level);
            fd = Summarise("First difference E(Y|X1) - E(Y|X)", [.. ev1.Select((v, m) => v - ev0[m])], options.Level);
            rr = Summarise("Risk ratio E(Y|X1) / E(Y|X)", [.. ev1.Select((v, m) => v / ev0[m])], options.Level);
        }

        return new SimulationResult(Summarise("Expected value E(Y|X)", ev0, options.Level), q1, fd, rr, terms, x0, x1, options);
    }

    internal static Func<double, double> InverseLink(ModelKind kind) => kind switch
    {
        ModelKind.Ols => eta => eta,
        ModelKind.Logit or ModelKind.FirthLogit or ModelKind.RareEventsLogit => eta => 1 / (1 + Math.Exp(-eta)),
        ModelKind.Probit => Numerics.Distributions.NormalCdf,
        ModelKind.Poisson => Math.Exp,
        _ => throw new EstimationException($"Simulation: no inverse link for model {kind}."),
    };

    internal static QuantityOfInterest Summarise(string name, double[] draws, double level)
    {
        var sorted = (double[])draws.Clone();
        Array.Sort(sorted);
        var mean = draws.Average();
        var ss = draws.Sum(v => (v - mean) * (v - mean));
        return new QuantityOfInterest(
            name, mean, Math.Sqrt(ss / (draws.Length - 1)), Quantile(sorted, 0.5),
            Quantile(sorted, (1 - level) / 2), Quantile(sorted, (1 + level) / 2), draws);
    }

    /// <summary>R's quantile type 7 on sorted data.</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
