using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Archigos 4.1 leaders (peacesciencer's <c>add_archigos()</c>, archigossums): leader transition, irregular transition,
/// number of leaders, the leaders in office on 1 January and 31 December (Archigos obsid), for the state or each side.
/// Caravan adds the Dec-31 leader's tenure (year minus the entry year in the obsid). G-W panels join on G-W codes;
/// COW panels go through cow_gw_years with peacesciencer's Serbia fix (2006 is one COW state-year of Yugoslavia/Serbia, 345:
/// YUG-2003 on 1 January, SER-2006 on 31 December, whatever the crosswalk says of G-W 340/345 in 2006).
/// Missing outside 1870-2015.
/// </summary>
internal sealed class LeaderStep : PanelStep
{
    public override string Name => "leaders";

    public override bool InAll => false;

    public override string Title => "Archigos leaders";

    public override IReadOnlyList<string> Sources => ["archigossums", "cow_gw_years"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => spec.System == StateSystem.GleditschWard ? ["archigossums"] : Sources;

    public override StepResult Build(StepContext context)
    {
        var cow = context.Spec.System == StateSystem.CorrelatesOfWar;
        var src = cow
            ? """
              SELECT cw.ccode, a.year, a.leadertransition, a.irregular, a.n_leaders, a.jan1obsid,
                     CASE WHEN a.gwcode = 345 AND a.year = 2006 THEN 'SER-2006' ELSE a.dec31obsid END AS dec31obsid
              FROM archigossums a
              JOIN (SELECT DISTINCT gwcode, ccode, year FROM cow_gw_years WHERE ccode IS NOT NULL AND gwcode IS NOT NULL AND NOT (gwcode = 340 AND year = 2006)
                    UNION SELECT 345, 345, 2006) cw ON cw.gwcode = a.gwcode AND cw.year = a.year
              WHERE NOT (a.gwcode = 340 AND a.year = 2006)
              """
            : "SELECT gwcode, year, leadertransition, irregular, n_leaders, jan1obsid, dec31obsid FROM archigossums";
        var withTenure = $"SELECT *, year - TRY_CAST(split_part(dec31obsid, '-', 2) AS INTEGER) AS tenure FROM ({src})";
        var columns = new (string Source, string Target)[]
        {
            ("leadertransition", "leadertransition"), ("irregular", "irregular"), ("n_leaders", "n_leaders"),
            ("jan1obsid", "jan1obsid"), ("dec31obsid", "dec31obsid"), ("tenure", "leader_tenure"),
        };
        var sql = context.MonadicSql(withTenure, cow ? "ccode" : "gwcode", columns);
        var cite = context.Cite("archigossums");
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            var who = s.Length == 0 ? "the state" : "state " + s;
            entries.Add(new("leadertransition" + s, $"1 if {who}'s leader on 31 December differs from the leader on 1 January (Archigos)", "0/1", "archigossums", cite));
            entries.Add(new("irregular" + s, $"1 if {who} had a leader transition in the year and a leader left office irregularly (Archigos exit 'Irregular': coup, revolt, assassination...)", "0/1", "archigossums", cite));
            entries.Add(new("n_leaders" + s, $"Number of distinct leaders of {who} in office during the year", "count", "archigossums", cite));
            entries.Add(new("jan1obsid" + s, $"Archigos leader-spell id (obsid) of {who}'s leader on 1 January", "id", "archigossums", cite));
            entries.Add(new("dec31obsid" + s, $"Archigos leader-spell id (obsid) of {who}'s leader on 31 December", "id", "archigossums", cite));
            entries.Add(new("leader_tenure" + s, $"Years in office of {who}'s 31-December leader: year minus the entry year in the obsid (0 in the year of entry); Caravan's", "years", "archigossums", "derived: year - entry year of dec31obsid; " + cite));
        }

        var (first, last) = context.YearSpan("archigossums");
        var notes = context.Spec.Years.First < first || context.Spec.Years.Last > last
            ? new[] { $"Archigos leaders (archigossums) cover {first}-{last}: leader columns are missing outside those years." }
            : [];
        return new StepResult(sql, entries, notes);
    }
}
