using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Tests.Vcov;

public class VcovSpecTests
{
    [Fact]
    public void Parses_every_form()
    {
        Assert.Equal(new VcovSpec.Iid(), VcovSpec.Parse("iid"));
        Assert.Equal(new VcovSpec.Hetero(HeteroKind.HC1), VcovSpec.Parse("hetero"));
        Assert.Equal(new VcovSpec.Hetero(HeteroKind.HC0), VcovSpec.Parse("hc0"));
        Assert.Equal(new VcovSpec.Cluster("Origin"), VcovSpec.Parse("cluster:Origin"));
        Assert.Equal(new VcovSpec.TwoWay("Origin", "Destination"), VcovSpec.Parse("twoway:Origin+Destination"));
        Assert.Equal(new VcovSpec.TwoWay("a", "b", true), VcovSpec.Parse("twoway-conventional:a+b"));
        Assert.Equal(new VcovSpec.NeweyWest(2), VcovSpec.Parse("nw:2"));
        Assert.Equal(new VcovSpec.DriscollKraay(3), VcovSpec.Parse("dk:3"));
        Assert.Equal("Clustered (Origin)", VcovSpec.Parse("cluster:Origin").Label);
    }

    [Theory]
    [InlineData("robustish")]
    [InlineData("nw:-1")]
    [InlineData("twoway:a")]
    [InlineData("cluster:")]
    public void Rejects_bad_text(string text) =>
        Assert.Throws<EstimationException>(() => VcovSpec.Parse(text));
}
