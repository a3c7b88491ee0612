using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

[Collection("store")]
public sealed class DyadIdTests(StoreFixture fixture)
{
    [Fact]
    public void Directed_panel_gives_both_directions_the_non_directed_dyad_id()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1990, 2000)) { States = new HashSet<int> { 2, 20, 705, 710 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        Assert.Equal(2020L, Convert.ToInt64(fixture.Store.Scalar($"SELECT DISTINCT dyad FROM {panel.Table} WHERE ccode1 = 20 AND ccode2 = 2")));
        Assert.Equal(2020L, Convert.ToInt64(fixture.Store.Scalar($"SELECT DISTINCT dyad FROM {panel.Table} WHERE ccode1 = 2 AND ccode2 = 20")));
        Assert.Equal(705710L, Convert.ToInt64(fixture.Store.Scalar($"SELECT DISTINCT dyad FROM {panel.Table} WHERE ccode1 = 710 AND ccode2 = 705")));
        // Exactly two rows (the two directions) per dyad and year, and the id is the packed pair everywhere.
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM (SELECT dyad, year FROM {panel.Table} GROUP BY ALL HAVING count(*) <> 2)")));
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE dyad <> least(ccode1, ccode2) * 1000 + greatest(ccode1, ccode2)")));
        Assert.Contains(panel.Codebook, c => c.Variable == "dyad" && c.Unit == "id");
        Assert.Equal(DyadId.Of(710, 705), DyadId.Of(705, 710));
    }

    [Fact]
    public void Non_directed_world_panel_has_one_row_per_dyad_id_and_year()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020));
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        Assert.Equal(panel.RowCount, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(DISTINCT (dyad, year)) FROM {panel.Table}")));
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE dyad <> ccode1 * 1000 + ccode2")));
    }

    [Fact]
    public void GW_panels_key_the_dyad_id_on_gw_codes_and_state_years_have_none()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.GleditschWard, new YearRange(1995, 1996)) { With = new HashSet<int> { 710 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["none"]);
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE dyad <> gwcode1 * 1000 + gwcode2")));
        var sy = PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.StateYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2000)), ["none"]);
        Assert.DoesNotContain(sy.Codebook, c => c.Variable == "dyad");
    }
}
