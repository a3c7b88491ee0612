using Caravan.Data.Store;
using Caravan.Indicators;

namespace Caravan.Analysis.CentralAsia;

/// <summary>One dyad-year of event-based net cooperation.</summary>
public sealed record DyadYearEvents(FocusDyad Dyad, NetCooperationValue Value);

/// <summary>
/// Net cooperation between China and each Central Asian state from the shipped event tables: ICEWS quad-class counts
/// 2002–2014 (icews_quad) and GDELT 2.0 daily edge scores 2018–2024 (gdelt_daily, gdelt_days), via
/// <see cref="EventNetCooperation"/>. Years 2015–2017 are missing (no source), never zero.
/// </summary>
public static class EventSeries
{
    public static IReadOnlyList<DyadYearEvents> Build(CaravanStore store, StudyRegion? region = null)
    {
        var dyads = (region ?? StudyRegion.Default).Dyads;
        var focus = dyads[0].FocusIso3;
        store.RequireTable("icews_quad", "ICEWS net cooperation");
        store.RequireTable("gdelt_daily", "GDELT net cooperation");
        store.RequireTable("gdelt_days", "GDELT coverage");
        var iso = dyads.Select(d => d.Iso3).Append(focus).ToArray();
        var inList = string.Join(", ", iso.Select(CaravanStore.Literal));

        // ICEWS: directed counts; volume = all of a state's events as source that year.
        var icews = new Dictionary<(string I, string J, int Y), IcewsQuadCounts>();
        var icewsVolume = new Dictionary<(string, int), double>();
        var q = store.ReadFrame($"""
            SELECT i_iso3, j_iso3, year, verb_coop, matl_coop, verb_conf, matl_conf FROM icews_quad
            WHERE i_iso3 IN ({inList})
            """);
        for (var r = 0; r < q.RowCount; r++)
        {
            var i = q.Text("i_iso3").Values[r]!;
            var j = q.Text("j_iso3").Values[r] ?? "";
            var y = (int)q.Numeric("year").Values[r];
            var c = new IcewsQuadCounts(q.Numeric("verb_coop").Values[r], q.Numeric("matl_coop").Values[r], q.Numeric("verb_conf").Values[r], q.Numeric("matl_conf").Values[r]);
            icews[(i, j, y)] = c;
            icewsVolume[(i, y)] = icewsVolume.GetValueOrDefault((i, y)) + c.Total;
        }

        // GDELT: undirected daily scores; a state's volume = Σ|score| with every partner over the year.
        var pair = new Dictionary<(string, int), double>();
        var gdeltVolume = new Dictionary<(string, int), double>();
        var g = store.ReadFrame($"""
            SELECT iso3_a, iso3_b, year(date) AS y, sum(edge_score) AS s, sum(abs(edge_score)) AS v
            FROM gdelt_daily WHERE iso3_a IN ({inList}) OR iso3_b IN ({inList}) GROUP BY ALL
            """);
        for (var r = 0; r < g.RowCount; r++)
        {
            var a = g.Text("iso3_a").Values[r]!;
            var b = g.Text("iso3_b").Values[r]!;
            var y = (int)g.Numeric("y").Values[r];
            gdeltVolume[(a, y)] = gdeltVolume.GetValueOrDefault((a, y)) + g.Numeric("v").Values[r];
            gdeltVolume[(b, y)] = gdeltVolume.GetValueOrDefault((b, y)) + g.Numeric("v").Values[r];
            if (a == focus || b == focus)
            {
                pair[(a == focus ? b : a, y)] = g.Numeric("s").Values[r];
            }
        }

        var days = store.ReadFrame("SELECT year(date) AS y, count(*) AS n FROM gdelt_days GROUP BY ALL");
        var daysPresent = Enumerable.Range(0, days.RowCount).ToDictionary(r => (int)days.Numeric("y").Values[r], r => (int)days.Numeric("n").Values[r]);

        var result = new List<DyadYearEvents>();
        foreach (var d in dyads)
        {
            for (var y = 2002; y <= 2024; y++)
            {
                var value = EventNetCooperation.SourceFor(y) switch
                {
                    EventSource.Icews => EventNetCooperation.Icews(y,
                        icews.GetValueOrDefault((focus, d.Iso3, y), IcewsQuadCounts.Zero),
                        icews.GetValueOrDefault((d.Iso3, focus, y), IcewsQuadCounts.Zero),
                        icewsVolume.GetValueOrDefault((focus, y)), icewsVolume.GetValueOrDefault((d.Iso3, y))),
                    EventSource.Gdelt => EventNetCooperation.Gdelt(y, pair.GetValueOrDefault((d.Iso3, y)),
                        gdeltVolume.GetValueOrDefault((focus, y)), gdeltVolume.GetValueOrDefault((d.Iso3, y)), daysPresent.GetValueOrDefault(y)),
                    _ => EventNetCooperation.Missing(y),
                };
                result.Add(new DyadYearEvents(d, value));
            }
        }

        return result;
    }
}
