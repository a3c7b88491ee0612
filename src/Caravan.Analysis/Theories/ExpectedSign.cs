namespace Caravan.Analysis.Theories;

/// <summary>The sign a theory predicts for a key term's effect on the probability of a MID onset.</summary>
public enum ExpectedSign
{
    /// <summary>The term lowers the probability of conflict.</summary>
    Negative = -1,

    /// <summary>The term raises the probability of conflict.</summary>
    Positive = 1,
}
