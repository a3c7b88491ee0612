using Caravan.Data.Store;

namespace Caravan.Analysis.CentralAsia;

/// <summary>One UCDP/PRIO armed conflict involving the focus region, 1992 to the data's last year.</summary>
/// <param name="ConflictId">UCDP conflict id.</param>
/// <param name="SideA">G-W code of side A (the government).</param>
/// <param name="SideB">G-W code of side B for interstate conflicts (null otherwise).</param>
/// <param name="Type">interstate, intrastate, II (internationalised intrastate), extrasystemic.</param>
/// <param name="FirstYear">First active year since 1992.</param>
/// <param name="LastYear">Last active year.</param>
/// <param name="Years">Active years.</param>
/// <param name="BetweenFocusDyad">True when the conflict is interstate between the focus state and one of its partners.</param>
public sealed record UcdpConflict(int ConflictId, int SideA, int? SideB, string Type, int FirstYear, int LastYear, int Years, bool BetweenFocusDyad);

/// <summary>
/// Armed conflict (UCDP/PRIO ACD, 25+ battle deaths, to 2024) involving China or a Central Asian state since 1992: the
/// post-2014 evidence on peace and conflict where COW MIDs stop. An interstate conflict between China and a partner
/// would contradict the "no MID recorded after 2014" assumption that extends peace-years.
/// </summary>
public static class UcdpConflicts
{
    public static (IReadOnlyList<UcdpConflict> Conflicts, int LastYear) Build(CaravanStore store, StudyRegion? region = null)
    {
        var dyads = (region ?? StudyRegion.Default).Dyads;
        var focus = dyads[0].FocusCcode;
        store.RequireTable("ucdp_acd", "armed conflict to 2024 (UCDP/PRIO)");
        var codes = dyads.Select(d => d.Ccode).Append(focus).ToHashSet();
        var list = string.Join(", ", codes.Select(c => CaravanStore.Literal(c.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var f = store.ReadFrame($"""
            SELECT conflict_id, TRY_CAST(any_value(gwno_a) AS INTEGER) AS a, TRY_CAST(any_value(gwno_b) AS INTEGER) AS b,
                   any_value(type_of_conflict) AS t, min(year) AS y0, max(year) AS y1, count(DISTINCT year) AS n
            FROM ucdp_acd
            WHERE year >= 1992 AND (CAST(gwno_a AS VARCHAR) IN ({list}) OR CAST(gwno_b AS VARCHAR) IN ({list}))
            GROUP BY conflict_id ORDER BY y0, conflict_id
            """);
        var last = (int)store.QueryColumn<int>("SELECT max(year) FROM ucdp_acd").Single();
        var rows = new List<UcdpConflict>();
        for (var r = 0; r < f.RowCount; r++)
        {
            var a = (int)f.Numeric("a").Values[r];
            var bv = f.Numeric("b").Values[r];
            int? b = double.IsFinite(bv) ? (int)bv : null;
            var between = b is { } bb && ((a == focus && codes.Contains(bb)) || (bb == focus && codes.Contains(a)));
            rows.Add(new UcdpConflict((int)f.Numeric("conflict_id").Values[r], a, b, f.Text("t").Values[r] ?? "", (int)f.Numeric("y0").Values[r],
                (int)f.Numeric("y1").Values[r], (int)f.Numeric("n").Values[r], between));
        }

        return (rows, last);
    }
}
