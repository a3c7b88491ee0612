using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

[Collection("store")]
public sealed class UniverseTests(StoreFixture fixture)
{
    private static readonly int[] CentralAsia = [701, 702, 703, 704, 705];

    [Fact]
    public void China_Kazakhstan_is_a_COW_dyad_from_1991_and_not_before()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1946, 2020)) { States = new HashSet<int> { 710, 705 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        var f = fixture.Store.ReadFrame($"SELECT year FROM {panel.Table} WHERE ccode1 = 710 AND ccode2 = 705 ORDER BY year");
        var years = f.Numeric("year").Values;
        Assert.Equal(1991, years[0]);
        Assert.Equal(2020, years[^1]);
        Assert.Equal(30, years.Length);
        Assert.Equal(60, panel.RowCount); // both directions
        Assert.Contains(panel.Notes, n => n.Contains("carried forward", StringComparison.Ordinal));
    }

    [Fact]
    public void Directed_dyad_years_per_year_are_n_times_n_minus_1()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020)) { DropFalseDyads = false };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        var states = new PanelSpec(PanelUnit.StateYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020));
        var sy = PanelBuilder.Build(fixture.Store, states, ["none"]);
        var bad = fixture.Store.ReadFrame($"""
            SELECT s.year, s.n, d.k FROM (SELECT year, count(*) AS n FROM {sy.Table} GROUP BY year) s
            LEFT JOIN (SELECT year, count(*) AS k FROM {panel.Table} GROUP BY year) d USING (year)
            WHERE coalesce(d.k, 0) <> s.n * (s.n - 1)
            """);
        Assert.Equal(0, bad.RowCount);
        Assert.Equal(205, fixture.Store.ReadFrame($"SELECT DISTINCT year FROM {sy.Table}").RowCount);
        Assert.InRange(panel.RowCount, 2_000_000, 2_300_000);
    }

    [Fact]
    public void Non_directed_dyads_have_ccode1_below_ccode2_and_state_dates_hold()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2016));
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE ccode1 >= ccode2")));
        // Every state-year in the panel lies within one of the state's COW membership spells.
        var outside = Convert.ToInt64(fixture.Store.Scalar($"""
            SELECT count(*) FROM (SELECT DISTINCT ccode1 AS c, year FROM {panel.Table} UNION SELECT DISTINCT ccode2, year FROM {panel.Table}) p
            WHERE NOT EXISTS (SELECT 1 FROM cow_states s WHERE s.ccode = p.c AND p.year BETWEEN s.styear AND s.endyear)
            """));
        Assert.Equal(0L, outside);
        // Kazakhstan (705) enters in 1991; the USSR/Russia (365) is there throughout.
        Assert.Equal(1991.0, Convert.ToDouble(fixture.Store.Scalar($"SELECT min(year) FROM {panel.Table} WHERE ccode1 = 705 OR ccode2 = 705")));
    }

    [Fact]
    public void GW_system_uses_gw_codes_and_dates()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.GleditschWard, new YearRange(1990, 2000)) { With = new HashSet<int> { 710 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        Assert.Equal(["gwcode1", "gwcode2", "year"], panel.Keys);
        Assert.Equal(1991.0, Convert.ToDouble(fixture.Store.Scalar($"SELECT min(year) FROM {panel.Table} WHERE gwcode1 = 710 AND gwcode2 = 705")));
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE gwcode1 <> 710 AND gwcode2 <> 710")));
    }

    [Fact]
    public void Central_Asia_panel_has_all_ordered_pairs()
    {
        var set = new HashSet<int>(CentralAsia) { 710 };
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2020)) { States = set };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        Assert.Equal(29 * 6 * 5, panel.RowCount);
    }

    [Fact]
    public void Step_columns_stay_aligned_with_their_keys_in_a_world_panel()
    {
        // The builder assembles step tables positionally; every value must sit on its own dyad-year.
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1990, 2000));
        var panel = PanelBuilder.Build(fixture.Store, spec, ["mindist", "cowtrade"]);
        var wrong = Convert.ToInt64(fixture.Store.Scalar($"""
            SELECT count(*) FROM {panel.Table} p
            JOIN cow_mindist m ON m.ccode1 = least(p.ccode1, p.ccode2) AND m.ccode2 = greatest(p.ccode1, p.ccode2) AND m.year = p.year
            WHERE m.mindist IS DISTINCT FROM p.mindist
            """));
        Assert.Equal(0L, wrong);
        var wrongTrade = Convert.ToInt64(fixture.Store.Scalar($"""
            SELECT count(*) FROM {panel.Table} p
            JOIN cow_trade_ndy t ON t.ccode1 = p.ccode1 AND t.ccode2 = p.ccode2 AND t.year = p.year
            WHERE t.flow1 >= 0 AND t.flow1 IS DISTINCT FROM p.flow1
            """));
        Assert.Equal(0L, wrongTrade);
    }

    [Fact]
    public void Panels_come_out_sorted_by_their_keys()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1990, 2000));
        var panel = PanelBuilder.Build(fixture.Store, spec, ["contiguity", "mids"]);
        var f = fixture.Store.ReadFrame($"SELECT ccode1, ccode2, year FROM {panel.Table}");
        var (a, b, y) = (f.Numeric("ccode1").Values, f.Numeric("ccode2").Values, f.Numeric("year").Values);
        for (var i = 1; i < f.RowCount; i++)
        {
            var ordered = a[i] > a[i - 1] || (a[i] == a[i - 1] && (b[i] > b[i - 1] || (b[i] == b[i - 1] && y[i] > y[i - 1])));
            Assert.True(ordered, $"row {i}: {a[i]}-{b[i]} {y[i]} after {a[i - 1]}-{b[i - 1]} {y[i - 1]}");
        }
    }

    [Fact]
    public void Matches_peacesciencer_cow_ddy_size()
    {
        // peacesciencer's cow_ddy (R/rd-cow_ddy.R: "A data frame with 2025840 observations"), COW directed dyad-years
        // 1816-2019 built with mry = TRUE before false_cow_dyads were removed. Keeping the false dyads reproduces it
        // exactly; dropping them removes each of the 30 false pairs in both directions.
        var keep = PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2019)) { DropFalseDyads = false }, ["none"]);
        Assert.Equal(2_025_840, keep.RowCount);
        var drop = PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2019)), ["none"]);
        Assert.Equal(2_025_840 - 60, drop.RowCount);
    }
}
