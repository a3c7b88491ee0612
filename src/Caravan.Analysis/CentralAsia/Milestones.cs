using Caravan.Data.Store;

namespace Caravan.Analysis.CentralAsia;

/// <summary>A dated engagement milestone for the plots.</summary>
public sealed record EngagementMilestone(int Year, string Label, string Source);

/// <summary>
/// Engagement milestones: the Shanghai Five (1996) and the SCO (2001; Uzbekistan joins), the Belt and Road's launch in
/// Astana (2013), and the first operating year of each China-bound pipeline in Global Energy Monitor's trackers
/// (gem_pipelines: projects whose route ends in China).
/// </summary>
public static class Milestones
{
    public static IReadOnlyList<EngagementMilestone> Build(CaravanStore store)
    {
        var list = new List<EngagementMilestone>
        {
            new(1996, "Shanghai Five", "COW IGO v3 (SCO sdate 1996)"),
            new(2001, "SCO founded", "COW IGO v3"),
            new(2013, "BRI launched (Astana)", "Xi Jinping, Nazarbayev University speech, 7 Sep 2013"),
        };
        if (store.HasTable("aiib_membership"))
        {
            // The year most of the focus partners joined the AIIB (curated from the Articles of Agreement and ratifications).
            var a = store.ReadFrame("SELECT from_year AS y, count(*) AS n FROM aiib_membership WHERE ccode <> 710 AND ccode BETWEEN 701 AND 705 GROUP BY ALL ORDER BY n DESC, y LIMIT 1");
            if (a.RowCount == 1)
            {
                list.Add(new EngagementMilestone((int)a.Numeric("y").Values[0], "AIIB: CA states join", "aiib_membership (AIIB Articles of Agreement; ratifications)"));
            }
        }

        if (store.HasTable("gem_pipelines"))
        {
            var f = store.ReadFrame("""
                SELECT min(start_year) AS y, project FROM gem_pipelines
                WHERE project ILIKE '%China%' AND status = 'operating' AND start_year IS NOT NULL GROUP BY project ORDER BY y
                """);
            for (var r = 0; r < f.RowCount; r++)
            {
                var name = f.Text("project").Values[r]!;
                var shortName = name.Contains("Gas", StringComparison.OrdinalIgnoreCase) ? "CA–China gas pipeline" : "KAZ–China oil pipeline";
                list.Add(new EngagementMilestone((int)f.Numeric("y").Values[r], shortName, "Global Energy Monitor (2024), gem_pipelines"));
            }
        }

        return list.OrderBy(m => m.Year).ToArray();
    }
}
