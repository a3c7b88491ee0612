using Caravan.Core.Panels;

namespace Caravan.Core.Tests.Panels;

public class DyadTests
{
    [Fact]
    public void Undirected_dyads_are_ordered_low_high()
    {
        Assert.Equal(new Dyad(705, 710), Dyad.Undirected(710, 705));
        Assert.Equal(new Dyad(705, 710), Dyad.Undirected(705, 710));
        Assert.Equal(new Dyad(705, 710), new Dyad(710, 705).AsUndirected);
        Assert.NotEqual(new Dyad(710, 705), new Dyad(705, 710));
        Assert.Equal(new Dyad(710, 705), new Dyad(705, 710).Reversed);
        Assert.True(new Dyad(710, 705).Contains(705));
        Assert.False(new Dyad(710, 705).Contains(703));
        Assert.Equal("710-705", new Dyad(710, 705).ToString());
        Assert.Contains("705 twice", Assert.Throws<ArgumentException>(() => Dyad.Undirected(705, 705)).Message);
    }
}
