using Caravan.Analysis.Theories;

namespace Caravan.Analysis.Robustness;

/// <summary>What a robustness row varies.</summary>
public enum RobustnessDimension
{
    /// <summary>The verdict as reported (the default rule, every main specification).</summary>
    Reported,

    /// <summary>The move of the first difference.</summary>
    Move,

    /// <summary>The significance level or the minimum relative effect.</summary>
    Threshold,

    /// <summary>One sample alone (specification verdict).</summary>
    Sample,

    /// <summary>Another estimator (Firth) on the reference sample.</summary>
    Estimator,

    /// <summary>The reference specification refitted without flagged data (implausible trade, influential dyads).</summary>
    Data,
}

/// <summary>One row of the robustness table: a theory's verdict under one variation of the rule, sample, estimator or data.</summary>
/// <param name="Theory">The theory.</param>
/// <param name="Dimension">What is varied.</param>
/// <param name="Variant">The variation in words (e.g. "move: median → median + 1 SD").</param>
/// <param name="Verdict">The verdict (null: not estimable).</param>
/// <param name="Level">"theory" (over the main specifications) or "specification" (one fit).</param>
/// <param name="Detail">Outcomes of the key terms or why it is missing.</param>
public sealed record RobustnessRow(TheorySpecification Theory, RobustnessDimension Dimension, string Variant, Verdict? Verdict, string Level, string Detail)
{
    /// <summary>Whether the row agrees with the reported verdict <paramref name="reported"/>.</summary>
    public bool Agrees(Verdict reported) => Verdict == reported;
}
