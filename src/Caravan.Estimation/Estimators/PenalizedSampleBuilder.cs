using Caravan.Core.Frames;
using Caravan.Estimation.Formula;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// Builds the sample of a Firth or rare-events logit with the shared formula/sample code (listwise
/// deletion, transformations, factor dummies), then checks the 0/1 outcome and screens out constant
/// or collinear regressors with a note. Fixed effects after '|' are refused: the penalty and the
/// bias correction need the full design, so the effects must enter as regressors (e.g. i(year)).
/// </summary>
internal static class PenalizedSampleBuilder
{
    public static (PenalizedSample Sample, string[] DroppedTerms, List<string> Notes) Build(
        ModelKind kind, Frame frame, string formula, FitOptions options, string modelName)
    {
        var parsed = FormulaParser.Parse(formula);
        if (parsed.FixedEffects.Count > 0)
        {
            throw new EstimationException(
                $"{modelName} does not absorb fixed effects ('| {string.Join(" + ", parsed.FixedEffects.Select(f => f.Name))}'): " +
                "its penalty / bias correction needs the full design. Enter them as regressors instead, e.g. i(year).");
        }

        if (options.Weights is not null)
        {
            throw new EstimationException($"{modelName} does not take case weights (option Weights = '{options.Weights}').");
        }

        var s = SampleBuilder.Build(kind, frame, parsed, options);
        BinaryOutcome.Validate(s.Y, parsed.Outcome.ToString(), modelName, s.Rows);
        var (drop, why) = WeightedLeastSquares.Screen(s.X, s.X, null, options.CollinearityTolerance, 1);
        var keep = Enumerable.Range(0, s.X.Length).Where(j => !drop.Contains(j)).ToArray();
        if (keep.Length == 0)
        {
            throw new EstimationException($"{modelName}: every regressor was dropped (constant or collinear).");
        }

        var notes = new List<string>(s.Notes);
        foreach (var j in drop)
        {
            notes.Add($"Term '{s.Names[j]}' dropped: {why[j]}.");
        }

        var sample = new PenalizedSample(
            frame, formula, parsed.Outcome.ToString(), [.. keep.Select(j => s.Names[j])], [.. keep.Select(j => s.X[j])],
            s.Y, s.Rows, s.Dropped, s.Design);
        return (sample, [.. drop.Select(j => s.Names[j])], notes);
    }
}
