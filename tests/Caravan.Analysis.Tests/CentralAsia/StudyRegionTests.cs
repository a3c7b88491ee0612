using Caravan.Analysis.CentralAsia;

namespace Caravan.Analysis.Tests.CentralAsia;

public class StudyRegionTests
{
    [Fact]
    public void Default_and_other_regions_resolve_with_dyad_ids_in_either_order()
    {
        var ca = StudyRegion.Parse("CHN", "KAZ,KGZ,TJK,TKM,UZB", "1992-2024");
        Assert.True(ca.IsChinaCentralAsia);
        Assert.Equal(705710, ca.Dyads.Single(d => d.Iso3 == "KAZ").DyadId);
        Assert.True(ca.Dyads[0].FocusIsState2);
        var rus = StudyRegion.Parse("RUS", "KAZ,UZB", "1992-2020");
        Assert.False(rus.IsChinaCentralAsia);
        Assert.Equal(365705, rus.Dyads[0].DyadId); // Russia (365) is state 1
        Assert.False(rus.Dyads[0].FocusIsState2);
        Assert.Equal("RUS–KAZ", rus.Dyads[0].Label);
        Assert.Equal("Russia", rus.FocusName);
        Assert.Equal(2020, rus.Years.Last);
    }

    [Theory]
    [InlineData("XXX", "KAZ", "1992-2024", "--focus")]
    [InlineData("CHN", "KAZ,QQQ", "1992-2024", "--partners")]
    [InlineData("CHN", "CHN,KAZ", "1992-2024", "focus state")]
    [InlineData("CHN", "KAZ", "2024-1992", "--years")]
    [InlineData("CHN", "", "1992-2024", "--partners")]
    public void Bad_options_are_clear_errors(string focus, string partners, string years, string expected)
    {
        var e = Assert.Throws<StudyInputException>(() => StudyRegion.Parse(focus, partners, years));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
