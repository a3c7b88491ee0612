using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>Minimum distance (km) between the two states' territories in the year (peacesciencer's cow_mindist, 1886-2019, non-directed).</summary>
internal sealed class MinimumDistanceStep : PanelStep
{
    public override string Name => "mindist";

    public override string Title => "Minimum distance";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["cow_mindist"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("cow_mindist");
        var sql = $"""
            SELECT {context.KeySelect}, m.mindist
            FROM {context.Universe} u
            LEFT JOIN cow_mindist m ON m.ccode1 = least(u.ccode1, u.ccode2) AND m.ccode2 = greatest(u.ccode1, u.ccode2) AND m.year = u.year
            """;
        var notes = context.Spec.Years.First < first || context.Spec.Years.Last > last
            ? new[] { $"Minimum distance covers {first}-{last}; missing outside." }
            : [];
        return new StepResult(sql,
            [new("mindist", $"Minimum distance between the two states' territories (CShapes-based, {first}-{last}); 0 = touching", "km", "cow_mindist", context.Cite("cow_mindist"))],
            notes);
    }
}
