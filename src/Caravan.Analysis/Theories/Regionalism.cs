namespace Caravan.Analysis.Theories;

/// <summary>Regionalism / constructivism: shared institutions, and the SCO in particular, build a community that keeps the peace.</summary>
public static class Regionalism
{
    public static TheorySpecification Specification { get; } = new(
        TheoryId.Regionalism,
        "Regionalism / constructivism (IGOs, SCO)",
        "Shared international organisations — for China and Central Asia, the SCO — socialise states into peaceful relations.",
        "Pevehouse & Russett (2006), International Organization 60(4); Acharya (2001); Ambrosio (2008) on the SCO.",
        [
            new KeyTerm(StudyColumns.SharedIgos, ExpectedSign.Negative, "shared IGO memberships"),
            new KeyTerm(StudyColumns.Sco, ExpectedSign.Negative, "both states full SCO members (Shanghai Five from 1996)"),
        ],
        [],
        []);
}
