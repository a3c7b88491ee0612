using Caravan.Core.Frames;
using Caravan.Estimation.Estimators.Families;
using Caravan.Estimation.FixedEffects;
using Caravan.Estimation.Formula;

namespace Caravan.Estimation.Results;

/// <summary>The scale of a prediction.</summary>
public enum PredictionScale
{
    /// <summary>The linear predictor η = Xβ (+ fixed effects).</summary>
    Link,

    /// <summary>The mean μ = g⁻¹(η) (probability for logit/probit, expected count for Poisson; η for OLS).</summary>
    Response,
}

/// <summary>Prediction on new data from a fitted model (rows with missing inputs or unseen fixed-effect levels give NaN).</summary>
public static class Prediction
{
    public static double[] Predict(this FitResult fit, Frame data, PredictionScale scale = PredictionScale.Response)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        var design = fit.Design ?? throw new EstimationException("This result carries no design (was it built by Fit?); cannot predict.");
        var n = data.RowCount;
        var eta = new double[n];
        var byName = design.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        for (var k = 0; k < fit.TermNames.Count; k++)
        {
            var x = byName[fit.TermNames[k]].Evaluate(data);
            var b = fit.Estimates[k];
            for (var i = 0; i < n; i++)
            {
                eta[i] += b * x[i];
            }
        }

        var fes = design.ParsedFormula.FixedEffects;
        for (var q = 0; q < fit.FixedEffects.Count; q++)
        {
            var fe = fit.FixedEffects[q];
            var est = fe.Estimates ?? throw new EstimationException(
                "Predicting from a fixed-effects model needs the fixed-effect estimates: fit with FitOptions { FixedEffectEstimates = true }.");
            var (codes, labels) = FixedEffectCoder.Encode(data, fes[q]);
            var index = fe.LevelNames.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
            var map = labels.Select(l => index.TryGetValue(l, out var g) ? g : -1).ToArray();
            for (var i = 0; i < n; i++)
            {
                var g = codes[i] < 0 ? -1 : map[codes[i]];
                eta[i] += g < 0 ? double.NaN : est[g];
            }
        }

        if (scale == PredictionScale.Link || fit.Kind == ModelKind.Ols)
        {
            return eta;
        }

        var fam = Family.For(fit.Kind is ModelKind.FirthLogit or ModelKind.RareEventsLogit ? ModelKind.Logit : fit.Kind);
        return eta.Select(fam.LinkInverse).ToArray();
    }
}
