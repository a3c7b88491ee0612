using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// UCDP conflict onsets by G-W state-year (peacesciencer's <c>add_ucdp_onsets()</c>): new conflict dyads and onsets after
/// 1, 2, 3, 5 and 10 years of peace. 0 inside the data's years (1946-2017) when the table has no row; missing outside
/// (peacesciencer fills 0 in every year; <c>--conventions peacesciencer</c> does the same).
/// </summary>
internal sealed class UcdpOnsetsStep : PanelStep
{
    private static readonly (string Column, string Description)[] Columns =
    [
        ("sumnewconf", "Number of new UCDP conflict dyads (episodes) with the state as a primary party that began in the year"),
        ("sumonset1", "Number of conflict onsets in the year after at least 1 year without that conflict"),
        ("sumonset2", "Number of conflict onsets after at least 2 years of peace"),
        ("sumonset3", "Number of conflict onsets after at least 3 years of peace"),
        ("sumonset5", "Number of conflict onsets after at least 5 years of peace"),
        ("sumonset10", "Number of conflict onsets after at least 10 years of peace"),
    ];

    public override string Name => "ucdponsets";

    public override bool InAll => false;

    public override string Title => "UCDP conflict onsets (state-years)";

    public override IReadOnlySet<PanelUnit> Units => new HashSet<PanelUnit> { PanelUnit.StateYear };

    public override IReadOnlyList<string> Sources => ["ucdp_onsets"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("ucdp_onsets");
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        string Fill(string c) => ps ? $"coalesce(o.{c}, 0)" : $"CASE WHEN u.year BETWEEN {first} AND {last} AND u.gwcode IS NOT NULL THEN coalesce(o.{c}, 0) END";
        var sql = $"""
            SELECT {context.KeySelect}, {string.Join(", ", Columns.Select(c => $"{Fill(c.Column)} AS {c.Column}"))}
            FROM {context.Universe} u LEFT JOIN ucdp_onsets o ON o.gwcode = u.gwcode AND o.year = u.year
            """;
        var cite = context.Cite("ucdp_onsets");
        var notes = !ps && (context.Spec.Years.First < first || context.Spec.Years.Last > last)
            ? new[] { $"UCDP onsets cover {first}-{last} (G-W codes): missing outside those years and for states without a G-W code." }
            : [];
        return new StepResult(sql, Columns.Select(c => new CodebookEntry(c.Column, c.Description + (ps ? " (0 where UCDP has no row, any year)" : string.Empty), "count", "ucdp_onsets", cite)).ToArray(), notes);
    }
}
