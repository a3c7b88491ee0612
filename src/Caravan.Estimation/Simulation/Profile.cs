using System.Globalization;

namespace Caravan.Estimation.Simulation;

/// <summary>One covariate profile: a label ("cinc_ratio = p25 (0.0312); contig = 1") and the values it sets.</summary>
public sealed record Profile(string Label, IReadOnlyDictionary<string, double> Numeric, IReadOnlyDictionary<string, string> Text)
{
    public Scenario ToScenario() => new(Numeric, Text);

    internal IReadOnlyList<SampleDesign.Replacement> Replacements() =>
        [.. Numeric.Select(kv => (SampleDesign.Replacement)new SampleDesign.SetNumber(kv.Key, kv.Value)),
         .. Text.Select(kv => new SampleDesign.SetText(kv.Key, kv.Value))];

    internal static string Format(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
