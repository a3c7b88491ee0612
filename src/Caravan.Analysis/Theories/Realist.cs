namespace Caravan.Analysis.Theories;

/// <summary>Realism: preponderance and alliances deter; asymmetric dependence is a source of leverage and friction.</summary>
public static class Realist
{
    public static TheorySpecification Specification { get; } = new(
        TheoryId.Realist,
        "Realist (power and asymmetry)",
        "Preponderant power and alliances deter conflict; asymmetric dependence (vulnerability) raises it.",
        "Waltz (1979); Keohane & Nye (1977), Power and Interdependence; Bremer (1992), JCR 36(2).",
        [
            new KeyTerm(StudyColumns.LogCapabilityRatio, ExpectedSign.Negative, "ln(stronger CINC / weaker CINC)"),
            new KeyTerm(StudyColumns.Alliance, ExpectedSign.Negative, "an ATOP alliance between the two"),
            new KeyTerm(StudyColumns.DependenceGapAbs, ExpectedSign.Positive, "|dependence_1 − dependence_2|"),
        ],
        [],
        []);
}
