namespace Caravan.Analysis.Theories;

/// <summary>Commercial liberalism: the less dependent state's trade dependence (the weak link) restrains conflict.</summary>
public static class Liberal
{
    public static TheorySpecification Specification { get; } = new(
        TheoryId.Liberal,
        "Liberal (weak-link dependence)",
        "Dyads in which even the less dependent state relies heavily on bilateral trade fight less.",
        "Oneal & Russett (1997), International Studies Quarterly 41(2): 267–294.",
        [new KeyTerm(StudyColumns.WeakLink, ExpectedSign.Negative, "weak-link trade dependence (min of trade/GDP)")],
        [],
        []);
}
