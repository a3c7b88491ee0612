using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// The M coefficient vectors β̃ ~ N(β̂, V̂) of one fit, drawn once and kept (M × k, row-major), so that any number of
/// scenarios can be evaluated afterwards as a matrix product g⁻¹(B x) without redrawing. With the same
/// <see cref="SimulationOptions"/> the draws are exactly those <see cref="QuantitiesOfInterest.Simulate"/> makes, so
/// <see cref="Simulate"/> returns the same numbers.
/// </summary>
public sealed class CoefficientDraws
{
    private readonly FitResult fit;
    private readonly double[] matrix;
    private readonly Func<double, double> link;

    private CoefficientDraws(FitResult fit, double[] matrix, SimulationOptions options)
    {
        this.fit = fit;
        this.matrix = matrix;
        Options = options;
        link = QuantitiesOfInterest.InverseLink(fit.Kind);
    }

    public SimulationOptions Options { get; }

    /// <summary>Number of draws M.</summary>
    public int Count => Options.Draws;

    /// <summary>Coefficients per draw k (the fit's terms).</summary>
    public int Terms => fit.TermNames.Count;

    /// <summary>Draws M coefficient vectors from N(β̂, V̂) with the options' seed.</summary>
    public static CoefficientDraws Draw(FitResult fit, SimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options ??= SimulationOptions.Default;
        if (options.Draws < 2)
        {
            throw new EstimationException($"Simulation: need at least 2 draws; got {options.Draws}.");
        }

        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new EstimationException($"Simulation: the interval level must be in (0, 1); got {options.Level}.");
        }

        if (fit.FixedEffects.Count > 0)
        {
            throw new EstimationException(
                "Simulation: the model absorbs fixed effects, so x'β omits them; refit with the effects as regressors (e.g. i(year)) to simulate.");
        }

        var rows = new NormalSampler(options.Seed).Multivariate(fit.Estimates, fit.Vcov.Data, options.Draws);
        var k = fit.Estimates.Length;
        var flat = new double[rows.Length * k];
        for (var m = 0; m < rows.Length; m++)
        {
            Array.Copy(rows[m], 0, flat, m * k, k);
        }

        return new CoefficientDraws(fit, flat, options);
    }

    /// <summary>The scenario's design row (aligned with the fit's terms), as <see cref="QuantitiesOfInterest"/> builds it.</summary>
    public double[] DesignRow(Scenario scenario) => ScenarioDesign.Row(fit, scenario, Options.Others);

    /// <summary>E(Y|X) per draw: g⁻¹(B x).</summary>
    public double[] ExpectedValues(double[] x)
    {
        var k = Terms;
        if (x.Length != k)
        {
            throw new EstimationException($"Simulation: a scenario row has the wrong length (expected {k} terms).");
        }

        var ev = new double[Count];
        for (var m = 0; m < ev.Length; m++)
        {
            var s = 0.0;
            var offset = m * k;
            for (var j = 0; j < k; j++)
            {
                s += matrix[offset + j] * x[j];
            }

            ev[m] = link(s);
        }

        return ev;
    }

    /// <summary>E(Y|X) and, with <paramref name="x1"/>, E(Y|X1), first difference and risk ratio, from the stored draws.</summary>
    public SimulationResult Simulate(Scenario x, Scenario? x1 = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var row0 = DesignRow(x);
        var row1 = x1 is null ? null : DesignRow(x1);
        return SimulateRows(row0, row1);
    }

    /// <summary>The same on explicit design rows.</summary>
    public SimulationResult SimulateRows(double[] x0, double[]? x1 = null)
    {
        var level = Options.Level;
        var ev0 = ExpectedValues(x0);
        QuantityOfInterest? q1 = null, fd = null, rr = null;
        if (x1 is not null)
        {
            var ev1 = ExpectedValues(x1);
            q1 = QuantitiesOfInterest.Summarise("Expected value E(Y|X1)", ev1, level);
            fd = QuantitiesOfInterest.Summarise("First difference E(Y|X1) - E(Y|X)", [.. ev1.Select((v, m) => v - ev0[m])], level);
            rr = QuantitiesOfInterest.Summarise("Risk ratio E(Y|X1) / E(Y|X)", [.. ev1.Select((v, m) => v / ev0[m])], level);
        }

        return new SimulationResult(QuantitiesOfInterest.Summarise("Expected value E(Y|X)", ev0, level), q1, fd, rr, fit.TermNames, x0, x1, Options);
    }
}
