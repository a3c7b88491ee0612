using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;

namespace Caravan.Analysis;

/// <summary>A theory's verdict over the main specifications and the rare-events check.</summary>
public sealed record TheoryVerdict(
    TheorySpecification Theory,
    IReadOnlyList<TheoryFit> Main,
    TheoryFit? RareEvents,
    Verdict Overall,
    string Reason);
