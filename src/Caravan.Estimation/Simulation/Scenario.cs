namespace Caravan.Estimation.Simulation;

/// <summary>
/// A scenario ("setx"): values for some of the model's variables (by source-column name, e.g.
/// <c>contig = 1</c>, or text values for factor variables); all other variables are held at
/// their mean/median (numeric) or mode (text) in the estimation sample.
/// </summary>
public sealed record Scenario
{
    public Scenario(IReadOnlyDictionary<string, double>? numeric = null, IReadOnlyDictionary<string, string>? text = null)
    {
        Numeric = numeric ?? new Dictionary<string, double>();
        Text = text ?? new Dictionary<string, string>();
    }

    /// <summary>Every variable at its mean/median/mode.</summary>
    public static Scenario Baseline { get; } = new();

    public IReadOnlyDictionary<string, double> Numeric { get; }

    public IReadOnlyDictionary<string, string> Text { get; }

    /// <summary>Convenience: a scenario setting numeric variables, e.g. <c>Scenario.Set(("contig", 1))</c>.</summary>
    public static Scenario Set(params (string Variable, double Value)[] values) =>
        new(values.ToDictionary(v => v.Variable, v => v.Value, StringComparer.Ordinal));

    public override string ToString() =>
        Numeric.Count + Text.Count == 0
            ? "(all at baseline)"
            : string.Join(", ", Numeric.Select(kv => $"{kv.Key} = {kv.Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}")
                .Concat(Text.Select(kv => $"{kv.Key} = {kv.Value}")));
}
