using Caravan.Estimation.Results;

namespace Caravan.Estimation.Tests.Estimators;

public class PredictionTests
{
    [Fact]
    public void Ols_with_fixed_effects_predicts_its_own_fitted_values()
    {
        var d = TestFrames.Panel();
        var r = Fit.Ols(d, "y ~ x + z | g", new FitOptions { FixedEffectEstimates = true });
        var p = r.Predict(d);
        for (var i = 0; i < p.Length; i++)
        {
            Assert.Equal(r.FittedValues[i], p[i], 8);
        }
    }

    [Fact]
    public void Poisson_predicts_on_link_and_response_scales()
    {
        var d = TestFrames.Panel();
        var r = Fit.Poisson(d, "count ~ x + poly(z, 2)");
        var link = r.Predict(d, PredictionScale.Link);
        var resp = r.Predict(d);
        for (var i = 0; i < link.Length; i++)
        {
            Assert.Equal(r.LinearPredictor[i], link[i], 8);
            Assert.Equal(Math.Exp(link[i]), resp[i], 10);
        }
    }

    [Fact]
    public void Fixed_effect_model_without_estimates_explains_how_to_predict()
    {
        var d = TestFrames.Panel();
        var r = Fit.Ols(d, "y ~ x | g");
        var e = Assert.Throws<EstimationException>(() => r.Predict(d));
        Assert.Contains("FixedEffectEstimates = true", e.Message, StringComparison.Ordinal);
    }
}
