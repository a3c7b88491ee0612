namespace Caravan.Analysis.Theories;

/// <summary>A term whose sign, significance and simulated first difference decide a theory's verdict.</summary>
/// <param name="Term">The regressor's column name in the formula (e.g. "dep_min").</param>
/// <param name="Sign">The sign the theory predicts.</param>
/// <param name="Meaning">What the term measures, in plain words.</param>
/// <param name="MoveVariable">The variable moved for the first difference (the term itself unless it is a product).</param>
/// <param name="Condition">Optional: another variable held at its <see cref="ConditionQuantile"/> while <see cref="MoveVariable"/> moves
/// (e.g. Copeland: expectations move while dependence is high).</param>
/// <param name="ConditionQuantile">The quantile at which <see cref="Condition"/> is held.</param>
public sealed record KeyTerm(
    string Term,
    ExpectedSign Sign,
    string Meaning,
    string? MoveVariable = null,
    string? Condition = null,
    double ConditionQuantile = 0.9)
{
    public string Moved => MoveVariable ?? Term;
}
