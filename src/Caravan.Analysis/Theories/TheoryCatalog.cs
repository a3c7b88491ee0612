namespace Caravan.Analysis.Theories;

/// <summary>All theory specifications, in report order.</summary>
public static class TheoryCatalog
{
    public static IReadOnlyList<TheorySpecification> All { get; } =
    [
        Liberal.Specification,
        KantianTriangle.Specification,
        Realist.Specification,
        Barbieri.Specification,
        Copeland.Specification,
        Regionalism.Specification,
    ];

    public static TheorySpecification Get(TheoryId id) => All.Single(t => t.Id == id);

    /// <summary>Parses a theory name (case-insensitive), with a message listing the valid names.</summary>
    public static TheorySpecification Parse(string name) =>
        Enum.TryParse<TheoryId>(name, ignoreCase: true, out var id)
            ? Get(id)
            : throw new StudyInputException($"Unknown theory '{name}'. Known: {string.Join(", ", All.Select(t => t.Id))}.");
}
