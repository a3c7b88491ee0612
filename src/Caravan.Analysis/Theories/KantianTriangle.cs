namespace Caravan.Analysis.Theories;

/// <summary>The Kantian triangle: democracy, interdependence and international organisations each reduce conflict.</summary>
public static class KantianTriangle
{
    public static TheorySpecification Specification { get; } = new(
        TheoryId.KantianTriangle,
        "Kantian triangle",
        "Joint democracy, trade dependence and shared IGO memberships each make conflict less likely.",
        "Oneal & Russett (1999), World Politics 52(1): 1–37; Russett & Oneal (2001), Triangulating Peace.",
        [
            new KeyTerm(StudyColumns.DemocracyMin, ExpectedSign.Negative, "the less democratic state's democracy score"),
            new KeyTerm(StudyColumns.WeakLink, ExpectedSign.Negative, "weak-link trade dependence"),
            new KeyTerm(StudyColumns.SharedIgos, ExpectedSign.Negative, "shared IGO memberships"),
        ],
        [],
        []);
}
