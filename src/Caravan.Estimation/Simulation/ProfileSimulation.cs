using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>Simulated quantities at one profile: E(Y), and against the first profile the first difference and risk ratio.</summary>
/// <param name="PointEstimate">F(x'β̂) (or its sample average for observed values), without simulation.</param>
public sealed record ProfileQuantities(Profile Profile, double PointEstimate, QuantityOfInterest ExpectedValue, QuantityOfInterest? FirstDifference, QuantityOfInterest? RiskRatio);

/// <summary>The simulation over several profiles (the first is the baseline of the differences and ratios).</summary>
public sealed record ProfileSimulationResult(IReadOnlyList<ProfileQuantities> Profiles, SimulationOptions Options, ModelKind Kind);

/// <summary>
/// King, Tomz &amp; Wittenberg (2000) over covariate profiles: M draws β̃ ~ N(β̂, V̂) from the seeded sampler
/// (one set of draws for every profile, so differences are paired), E(Y|profile) = F(x'β̃), first
/// differences E(Y|profile k) − E(Y|profile 1) and risk ratios E(Y|profile k)/E(Y|profile 1). Unset variables
/// at their mean or median (one design row), or at their observed values (the average of F over the
/// estimation sample with the profile's variables set in every row; Hanmer &amp; Kalkan 2013).
/// </summary>
public static class ProfileSimulation
{
    public static ProfileSimulationResult Simulate(FitResult fit, IReadOnlyList<Profile> profiles, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(profiles);
        options ??= SimulationOptions.Default;
        if (profiles.Count == 0)
        {
            throw new EstimationException("Simulation: no profile.");
        }

        if (fit.FixedEffects.Count > 0)
        {
            throw new EstimationException(
                "Simulation: the model absorbs fixed effects, so x'β omits them; refit with the effects as regressors (e.g. i(year)) to simulate, or use average marginal effects (--dydx).");
        }

        if (options.Draws < 2)
        {
            throw new EstimationException($"Simulation: need at least 2 draws; got {options.Draws}.");
        }

        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new EstimationException($"Simulation: the interval level must be in (0, 1); got {options.Level}.");
        }

        var mean = MeanFunction.For(fit.Kind);
        var draws = new NormalSampler(options.Seed).Multivariate(fit.Estimates, fit.Vcov.Data, options.Draws);
        var evs = new List<(double Point, double[] Draws)>();
        foreach (var p in profiles)
        {
            if (options.Others == HoldAt.Observed)
            {
                var x = SampleDesign.Columns(fit, p.Replacements());
                evs.Add((AverageOver(x, fit.Estimates, mean), [.. draws.Select(b => AverageOver(x, b, mean))]));
            }
            else
            {
                var row = ScenarioDesign.Row(fit, p.ToScenario(), options.Others);
                evs.Add((mean.F(Dot(row, fit.Estimates)), [.. draws.Select(b => mean.F(Dot(row, b)))]));
            }
        }

        var result = new List<ProfileQuantities>();
        for (var k = 0; k < profiles.Count; k++)
        {
            var ev = QuantitiesOfInterest.Summarise("E(Y)", evs[k].Draws, options.Level);
            QuantityOfInterest? fd = null, rr = null;
            if (k > 0)
            {
                fd = QuantitiesOfInterest.Summarise("First difference vs profile 1", [.. evs[k].Draws.Select((v, m) => v - evs[0].Draws[m])], options.Level);
                rr = QuantitiesOfInterest.Summarise("Risk ratio vs profile 1", [.. evs[k].Draws.Select((v, m) => v / evs[0].Draws[m])], options.Level);
            }

            result.Add(new ProfileQuantities(profiles[k], evs[k].Point, ev, fd, rr));
        }

        return new ProfileSimulationResult(result, options, fit.Kind);
    }

    private static double AverageOver(double[][] x, double[] beta, MeanFunction mean)
    {
        var n = x[0].Length;
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            var eta = 0.0;
            for (var j = 0; j < beta.Length; j++)
            {
                eta += x[j][i] * beta[j];
            }

            s += mean.F(eta);
        }

        return s / n;
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
