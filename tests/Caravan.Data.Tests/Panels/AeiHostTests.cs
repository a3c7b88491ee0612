using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

[Collection("store")]
public sealed class AeiHostTests(StoreFixture fixture)
{
    [Fact]
    public void Every_AEI_host_resolves_and_Bosnia_Sao_Tome_Trinidad_get_their_deals()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(2005, 2021)) { States = new HashSet<int> { 710, 346, 403, 52 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["china"]);
        Assert.DoesNotContain(panel.Notes, n => n.Contains("AEI host names without", StringComparison.Ordinal));
        double Deals(int code, int year) => Convert.ToDouble(fixture.Store.Scalar($"SELECT cn_aei_deals FROM {panel.Table} WHERE least(ccode1, ccode2) = {code} AND greatest(ccode1, ccode2) = 710 AND year = {year}"));
        Assert.Equal(3, Deals(346, 2020)); // AEI "Bosnia"
        Assert.Equal(2, Deals(403, 2015)); // "Sao Tome"
        Assert.Equal(2, Deals(52, 2018)); // "Trinidad-Tobago"
        Assert.Equal(0, Deals(346, 2011));
    }
}
