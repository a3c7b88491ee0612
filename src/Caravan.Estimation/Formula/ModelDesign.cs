namespace Caravan.Estimation.Formula;

/// <summary>
/// The mapping from a frame to a design matrix learned when fitting (parsed terms, factor levels,
/// spline knots), reused to predict on new data.
/// </summary>
public sealed class ModelDesign
{
    internal ModelDesign(ParsedFormula formula, IReadOnlyList<DesignColumn> columns)
    {
        ParsedFormula = formula;
        Columns = columns;
    }

    internal ParsedFormula ParsedFormula { get; }

    internal IReadOnlyList<DesignColumn> Columns { get; }

    /// <summary>The outcome expression, e.g. "log(Euros)".</summary>
    public string Outcome => ParsedFormula.Outcome.ToString();

    /// <summary>The fixed-effect dimensions, e.g. "Origin", "fe2^fe3".</summary>
    public IReadOnlyList<string> FixedEffectNames => ParsedFormula.FixedEffects.Select(f => f.Name).ToArray();
}
