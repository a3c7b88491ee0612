using Caravan.Core.Provenance;

namespace Caravan.Core.Tests.Provenance;

public sealed class BuildInfoTests
{
    [Fact]
    public void Splits_version_and_commit()
    {
        Assert.Equal(("0.9.0", "2902c7c91240b930f985e87c9c8f7458fdee3e2f"), BuildInfo.Split("0.9.0+2902c7c91240b930f985e87c9c8f7458fdee3e2f"));
        Assert.Equal(("1.2.3", "unknown"), BuildInfo.Split("1.2.3"));
        Assert.Equal(("0.0.0", "unknown"), BuildInfo.Split(null));
    }

    [Fact]
    public void The_build_carries_the_version_and_a_commit()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", BuildInfo.Version);
        // Built from a git checkout (as CI and every clone are): the SDK embeds the 40-hex commit.
        Assert.Matches("^[0-9a-f]{40}$", BuildInfo.Commit);
        Assert.Equal($"Caravan {BuildInfo.Version} (commit {BuildInfo.Commit[..12]})", BuildInfo.Stamp);
    }
}
