using Caravan.Core.Expressions;

namespace Caravan.Estimation.Formula;

/// <summary>A fixed-effect dimension after '|': one variable or several combined with '^'.</summary>
internal sealed record FixedEffectTerm(IReadOnlyList<string> Variables)
{
    public string Name => string.Join("^", Variables);
}

/// <summary>A parsed formula: outcome expression, right-hand-side terms, fixed effects.</summary>
internal sealed record ParsedFormula(
    string Text,
    Expr Outcome,
    IReadOnlyList<Term> Terms,
    bool Intercept,
    IReadOnlyList<FixedEffectTerm> FixedEffects)
{
    /// <summary>The panel unit and time columns for l()/f() (null: inferred from the frame's Caravan panel keys).</summary>
    public PanelKeys? Panel { get; init; }
}

/// <summary>A right-hand-side term: the interaction (':') of one or more factors.</summary>
internal sealed record Term(IReadOnlyList<Expr> Factors)
{
    public override string ToString() => string.Join(":", Factors.Select(f => f.ToString()));
}
