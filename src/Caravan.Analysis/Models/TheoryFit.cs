using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Estimation.Results;

namespace Caravan.Analysis.Models;

/// <summary>One theory fitted on one sample: the fit, the evidence per key term, and the specification verdict.</summary>
/// <param name="Theory">The specification.</param>
/// <param name="Sample">The sample.</param>
/// <param name="Kind">Logit or Firth.</param>
/// <param name="Formula">The formula fitted.</param>
/// <param name="Fit">The fitted model (null if the fit failed).</param>
/// <param name="Evidence">Per key term.</param>
/// <param name="Outcomes">Per key term, by the verdict rule.</param>
/// <param name="Verdict">The specification's verdict (null if the fit failed).</param>
/// <param name="Events">MID onsets in the estimation sample.</param>
/// <param name="Problem">Why the fit failed, in plain words (null if it succeeded).</param>
/// <param name="ByMove">The evidence per key term under every <see cref="FirstDifferenceMove"/> (the robustness table re-judges these).</param>
public sealed record TheoryFit(
    TheorySpecification Theory,
    Sample Sample,
    FitKind Kind,
    string Formula,
    FitResult? Fit,
    IReadOnlyList<TermEvidence> Evidence,
    IReadOnlyList<TermOutcome> Outcomes,
    Verdict? Verdict,
    int Events,
    string? Problem,
    IReadOnlyList<TermEvidence>? ByMove = null)
{
    /// <summary>The evidence per key term under <paramref name="move"/> (the main evidence if that move was not simulated).</summary>
    public IReadOnlyList<TermEvidence> EvidenceFor(FirstDifferenceMove move)
    {
        var found = (ByMove ?? []).Where(e => e.Move == move).ToArray();
        return found.Length == Evidence.Count ? found : Evidence;
    }

    public string Label => $"{Theory.Name} | {Sample.Label} | {Kind}";
}
