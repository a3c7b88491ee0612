using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

/// <summary>The option words shared by <c>caravan panel</c> and the web panel form, and their errors.</summary>
public class PanelOptionsTests
{
    [Theory]
    [InlineData("state-year", PanelUnit.StateYear)]
    [InlineData("DyadYear", PanelUnit.DyadYear)]
    [InlineData("directed", PanelUnit.DirectedDyadYear)]
    [InlineData("directed-dyad-year", PanelUnit.DirectedDyadYear)]
    public void Units_are_read_case_insensitively(string text, PanelUnit expected) => Assert.Equal(expected, PanelOptions.Unit(text));

    [Fact]
    public void The_other_options_map_their_words()
    {
        Assert.Equal(StateSystem.GleditschWard, PanelOptions.System("GW"));
        Assert.Equal(StateSystem.CorrelatesOfWar, PanelOptions.System("cow"));
        Assert.Equal(MidSource.CorrelatesOfWar, PanelOptions.Mids("cow"));
        Assert.Equal(MidSource.Gml, PanelOptions.Mids("gml"));
        Assert.Equal(PanelConventions.Peacesciencer, PanelOptions.Conventions("peacesciencer"));
        Assert.Equal(PanelConventions.Caravan, PanelOptions.Conventions("Caravan"));
    }

    [Fact]
    public void A_bad_word_names_the_option_and_the_choices_and_cuts_long_values()
    {
        Assert.Equal("--unit 'country-week': use state-year, dyad-year or directed-dyad-year.", Assert.Throws<PanelException>(() => PanelOptions.Unit("country-week")).Message);
        Assert.Equal("--system '': use cow or gw.", Assert.Throws<PanelException>(() => PanelOptions.System(null)).Message);
        Assert.Equal("--mids 'ucdp': use gml or cow.", Assert.Throws<PanelException>(() => PanelOptions.Mids("ucdp")).Message);
        Assert.Equal($"--conventions '{new string('x', 30)}…': use caravan or peacesciencer.", Assert.Throws<PanelException>(() => PanelOptions.Conventions(new string('x', 31))).Message);
    }
}
