namespace Caravan.Analysis.Theories;

/// <summary>Copeland: dependence restrains only when states expect trade to continue.</summary>
public static class Copeland
{
    public static TheorySpecification Specification { get; } = new(
        TheoryId.Copeland,
        "Copeland (trade expectations)",
        "High dependence with positive expectations of future trade restrains; with negative expectations it provokes.",
        "Copeland (2015), Economic Interdependence and War, Princeton University Press.",
        [
            new KeyTerm(StudyColumns.DependenceXExpectations, ExpectedSign.Negative,
                "weak-link dependence × trade expectations (moved: expectations, at high dependence)",
                MoveVariable: StudyColumns.Expectations, Condition: StudyColumns.WeakLink, ConditionQuantile: 0.9),
        ],
        [StudyColumns.WeakLink, StudyColumns.Expectations],
        [new ProductTerm(StudyColumns.DependenceXExpectations, StudyColumns.WeakLink, StudyColumns.Expectations)]);
}
