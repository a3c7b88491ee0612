namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// One covariate of a focus dyad-year that was not observed: carried forward from <paramref name="FromYear"/> (its last
/// observed year), or, for peace-years after 2014, set by the labelled assumption that no MID began (<paramref name="FromYear"/> null).
/// </summary>
public sealed record CarriedCovariate(string Variable, int? FromYear)
{
    /// <summary>The note as written in predicted_risk.csv (<c>igos carried from 2014</c>, or <see cref="FocusPanel.MidAssumption"/>).</summary>
    public string Note => FromYear is { } y ? $"{Variable} carried from {y}" : FocusPanel.MidAssumption;

    /// <summary>Whether the value is assumed (peace-years: no MID after 2014) rather than carried from an observed year.</summary>
    public bool Assumed => FromYear is null;
}
