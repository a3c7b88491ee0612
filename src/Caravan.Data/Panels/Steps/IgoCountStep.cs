namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW IGO state-year counts (cow_igo_sy, 1816-2014), as peacesciencer's <c>add_igos()</c> on state-years: the number of
/// IGOs in which the state is a full member, an associate member, an observer, or any of these; for each side of a dyad.
/// Missing outside 1816-2014 and where the table has no row for the state-year.
/// </summary>
internal sealed class IgoCountStep : PanelStep
{
    private static readonly (string Column, string Description)[] Columns =
    [
        ("sum_igo_full", "Number of IGOs in which {0} is a full member"),
        ("sum_igo_associate", "Number of IGOs in which {0} is an associate member"),
        ("sum_igo_observer", "Number of IGOs in which {0} is an observer"),
        ("sum_igo_anytype", "Number of IGOs in which {0} has any membership (full, associate or observer)"),
    ];

    public override string Name => "igocounts";

    public override bool InAll => false;

    public override string Title => "IGO membership counts (state-years)";

    public override IReadOnlyList<string> Sources => ["cow_igo_sy"];

    public override StepResult Build(StepContext context)
    {
        var sql = context.MonadicSql("SELECT ccode, year, sum_igo_full, sum_igo_associate, sum_igo_observer, sum_igo_anytype FROM cow_igo_sy", "ccode",
            Columns.Select(c => (c.Column, c.Column)).ToArray());
        var cite = context.Cite("cow_igo_sy");
        var entries = context.Sides.SelectMany(s => Columns.Select(c => new CodebookEntry(c.Column + s,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, c.Description, s.Length == 0 ? "the state" : "state " + s), "count", "cow_igo_sy", cite))).ToArray();
        var (first, last) = context.YearSpan("cow_igo_sy");
        var notes = context.Spec.Years.Last > last ? new[] { $"COW IGO state-year counts cover {first}-{last}: missing after {last}." } : [];
        return new StepResult(sql, entries, notes);
    }
}
