using Caravan.Estimation.Formula;

namespace Caravan.Estimation;

/// <summary>One model of a multi-model call: its formula (stepwise functions already expanded) and model name.</summary>
/// <param name="Formula">The formula to fit.</param>
/// <param name="Model">The model name as the user gave it (ols, logit, …).</param>
/// <param name="Source">0-based index of the --formula it came from.</param>
public sealed record ModelSpecification(string Formula, string Model, int Source);

/// <summary>
/// Pairs repeated formulas with repeated models, then expands fixest's stepwise functions: one model
/// for every formula; one formula for every model (the same formula under each model); or as many
/// models as formulas, paired in order. Any other count is an error. A stepwise formula (sw, csw, sw0,
/// csw0) stands for several, each fitted with its formula's model, in fixest's order.
/// </summary>
public static class ModelPairing
{
    public static IReadOnlyList<ModelSpecification> Pair(IReadOnlyList<string> formulas, IReadOnlyList<string> models)
    {
        ArgumentNullException.ThrowIfNull(formulas);
        ArgumentNullException.ThrowIfNull(models);
        if (formulas.Count == 0)
        {
            throw new EstimationException("Give at least one --formula.");
        }

        if (models.Count == 0)
        {
            models = ["ols"];
        }

        var pairs = new List<(string Formula, string Model, int Source)>();
        if (models.Count == 1)
        {
            pairs.AddRange(formulas.Select((f, i) => (f, models[0], i)));
        }
        else if (formulas.Count == 1)
        {
            pairs.AddRange(models.Select(m => (formulas[0], m, 0)));
        }
        else if (models.Count == formulas.Count)
        {
            pairs.AddRange(formulas.Select((f, i) => (f, models[i], i)));
        }
        else
        {
            throw new EstimationException(
                $"{formulas.Count} --formula and {models.Count} --model: give one model for all formulas, one formula for all models, or one model per formula.");
        }

        return pairs.SelectMany(p => StepwiseExpansion.Expand(p.Formula).Select(f => new ModelSpecification(f, p.Model, p.Source))).ToArray();
    }
}
