using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

[Collection("store")]
public sealed class BadInputTests(StoreFixture fixture)
{
    [Fact]
    public void A_dyadic_step_on_a_state_year_panel_is_a_clear_error()
    {
        var spec = new PanelSpec(PanelUnit.StateYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2010));
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["mids"]));
        Assert.Contains("'mids'", e.Message);
        Assert.Contains("state-year", e.Message);
    }

    [Fact]
    public void An_unknown_step_lists_the_steps()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2010));
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["trad"]));
        Assert.Contains("Unknown step 'trad'", e.Message);
        Assert.Contains("contiguity", e.Message);
    }

    [Fact]
    public void A_state_code_not_in_the_system_is_a_clear_error()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2020)) { States = new HashSet<int> { 710, 999 } };
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["none"]));
        Assert.Contains("999", e.Message);
    }

    [Fact]
    public void Years_outside_coverage_are_a_clear_error()
    {
        var early = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1700, 1820));
        Assert.Contains("1816", Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, early, ["none"])).Message);
        var late = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2100));
        Assert.Contains("2000-2100", Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, late, ["none"])).Message);
    }

    [Fact]
    public void Kazakhstan_before_independence_is_a_clear_error()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1980, 1989)) { States = new HashSet<int> { 710, 705 } };
        var e = Assert.Throws<PanelException>(() => PanelBuilder.Build(fixture.Store, spec, ["none"]));
        Assert.Contains("705", e.Message);
    }
}
