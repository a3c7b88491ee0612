using Caravan.Core.Frames;
using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// Average marginal effects on the response scale, as R's marginaleffects::avg_slopes and Stata's
/// <c>margins, dydx()</c>: for a numeric variable v, AME = (1/n) Σᵢ F′(ηᵢ)·(∂xᵢ/∂v)'β over the estimation
/// sample (∂xᵢ/∂v through every term that uses v — powers, cubic(), logs, interactions — by a central
/// difference of the design, step 1e-4·SD(v), exact for polynomials up to rounding); for a text
/// variable, the average contrast (1/n) Σᵢ [F(ηᵢ | v = level) − F(ηᵢ | v = reference)] for each level.
/// ηᵢ keeps any absorbed fixed effects (held at their estimates). Standard errors by the delta method,
/// √(g'V̂g) with g = ∂AME/∂β analytic in β and V̂ the fit's current variance; normal inference.
/// Unweighted means (marginaleffects' default without <c>wts</c>).
/// </summary>
public static class AverageMarginalEffects
{
    public static IReadOnlyList<MarginalEffect> Compute(FitResult fit, IReadOnlyList<string>? variables = null, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (level is <= 0 or >= 1)
        {
            throw new EstimationException($"The confidence level must be in (0, 1); got {level}.");
        }

        var design = fit.Design ?? throw new EstimationException("Marginal effects need a fit made from a frame and formula.");
        var all = ScenarioDesign.Variables(design.ParsedFormula).Where(v => fit.Variance.Source.Contains(v)).ToArray();
        var chosen = variables is null || variables.Count == 0 ? all : variables;
        var mean = MeanFunction.For(fit.Kind);
        var eta = fit.LinearPredictor;
        var baseX = SampleDesign.Columns(fit, []);
        var results = new List<MarginalEffect>();
        var q = Distributions.NormalQuantile(0.5 + (level / 2));
        foreach (var v in chosen)
        {
            if (!all.Contains(v))
            {
                throw new EstimationException($"dydx: '{v}' is not a variable of the model ({string.Join(", ", all)}).");
            }

            switch (fit.Variance.Source[v])
            {
                case NumericColumn:
                    {
                        var (est, grad) = Slope(fit, v, mean, eta, baseX);
                        results.Add(Row(v, "dY/dX", est, grad, fit, q));
                        break;
                    }

                case TextColumn txt:
                    {
                        var levels = fit.Variance.SampleRows.Select(r => txt.Values[r]).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
                        var reference = levels[0];
                        var x0 = SampleDesign.Columns(fit, [new SampleDesign.SetText(v, reference)]);
                        foreach (var lvl in levels.Skip(1))
                        {
                            var x1 = SampleDesign.Columns(fit, [new SampleDesign.SetText(v, lvl)]);
                            var (est, grad) = Contrast(fit, mean, eta, baseX, x0, x1);
                            results.Add(Row(v, $"{lvl} - {reference}", est, grad, fit, q));
                        }

                        break;
                    }
            }
        }

        return results;
    }

    private static MarginalEffect Row(string v, string contrast, double est, double[] grad, FitResult fit, double q)
    {
        var k = grad.Length;
        var vcov = fit.Vcov.Data;
        var s = 0.0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                s += grad[a] * vcov[(a * k) + b] * grad[b];
            }
        }

        var se = Math.Sqrt(s);
        var z = est / se;
        return new MarginalEffect(v, contrast, est, se, z, Distributions.NormalTwoSidedP(z), est - (q * se), est + (q * se));
    }

    /// <summary>AME of a numeric variable and its gradient in β.</summary>
    private static (double Estimate, double[] Gradient) Slope(FitResult fit, string v, MeanFunction mean, double[] eta, double[][] x)
    {
        var values = SampleDesign.Values(fit, v);
        var m = values.Average();
        var sd = Math.Sqrt(values.Sum(t => (t - m) * (t - m)) / Math.Max(1, values.Length - 1));
        var h = 1e-4 * (sd > 0 ? sd : 1);
        var up = SampleDesign.Columns(fit, [new SampleDesign.Shift(v, h)]);
        var down = SampleDesign.Columns(fit, [new SampleDesign.Shift(v, -h)]);
        var k = fit.Estimates.Length;
        var n = eta.Length;
        var beta = fit.Estimates;
        double ame = 0;
        var grad = new double[k];
        var dx = new double[k];
        for (var i = 0; i < n; i++)
        {
            var d = 0.0;
            for (var j = 0; j < k; j++)
            {
                dx[j] = (up[j][i] - down[j][i]) / (2 * h);
                d += dx[j] * beta[j];
            }

            var f1 = mean.D1(eta[i]);
            var f2 = mean.D2(eta[i]);
            ame += f1 * d;
            for (var j = 0; j < k; j++)
            {
                grad[j] += (f2 * d * x[j][i]) + (f1 * dx[j]);
            }
        }

        for (var j = 0; j < k; j++)
        {
            grad[j] /= n;
        }

        return (ame / n, grad);
    }

    /// <summary>Average contrast F(η | x1) − F(η | x0) and its gradient; η of each row moved by (x − x_obs)'β.</summary>
    private static (double Estimate, double[] Gradient) Contrast(FitResult fit, MeanFunction mean, double[] eta, double[][] xObs, double[][] x0, double[][] x1)
    {
        var k = fit.Estimates.Length;
        var n = eta.Length;
        var beta = fit.Estimates;
        double est = 0;
        var grad = new double[k];
        for (var i = 0; i < n; i++)
        {
            double e0 = eta[i], e1 = eta[i];
            for (var j = 0; j < k; j++)
            {
                e0 += (x0[j][i] - xObs[j][i]) * beta[j];
                e1 += (x1[j][i] - xObs[j][i]) * beta[j];
            }

            est += mean.F(e1) - mean.F(e0);
            var d0 = mean.D1(e0);
            var d1 = mean.D1(e1);
            for (var j = 0; j < k; j++)
            {
                grad[j] += (d1 * x1[j][i]) - (d0 * x0[j][i]);
            }
        }

        for (var j = 0; j < k; j++)
        {
            grad[j] /= n;
        }

        return (est / n, grad);
    }
}
