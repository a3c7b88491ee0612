namespace Caravan.Analysis.Theories;

/// <summary>Barbieri: salient trade raises conflict; symmetric trade lowers it.</summary>
public static class Barbieri
{
    public static TheorySpecification Specification { get; } = new(
        TheoryId.Barbieri,
        "Barbieri (salience and symmetry)",
        "Trade that matters to both (salience) raises the chance of conflict; balanced (symmetric) trade lowers it.",
        "Barbieri (1996), Journal of Peace Research 33(1): 29–49.",
        [
            new KeyTerm(StudyColumns.Salience, ExpectedSign.Positive, "sqrt(share_1 · share_2)"),
            new KeyTerm(StudyColumns.Symmetry, ExpectedSign.Negative, "1 − |share_1 − share_2|"),
        ],
        [],
        []);
}
