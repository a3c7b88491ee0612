using Caravan.Analysis.CentralAsia;
using Caravan.Data.Store;

namespace Caravan.Analysis.Tests.CentralAsia;

/// <summary>The curated SCO table (data/build/manual/sco_membership.csv) against the accession documents' dates.</summary>
public class ScoMembershipTests
{
    [Fact]
    public void Accessions_observers_and_dialogue_partners_by_year()
    {
        using var store = CaravanStore.Open();
        var sco = ScoMembership.Load(store);
        Assert.Equal(ScoStatus.Member, sco.Status(705, 1996)); // Shanghai Five
        Assert.Equal(ScoStatus.None, sco.Status(704, 2000));
        Assert.Equal(ScoStatus.Member, sco.Status(704, 2001)); // Uzbekistan, 15 Jun 2001
        Assert.Equal(ScoStatus.Observer, sco.Status(750, 2016));
        Assert.Equal(ScoStatus.Member, sco.Status(750, 2017)); // India, Astana 2017
        Assert.Equal(ScoStatus.Member, sco.Status(770, 2017)); // Pakistan
        Assert.Equal(ScoStatus.Observer, sco.Status(630, 2022));
        Assert.Equal(ScoStatus.Member, sco.Status(630, 2023)); // Iran, New Delhi 2023
        Assert.Equal(ScoStatus.DialoguePartner, sco.Status(370, 2010));
        Assert.Equal(ScoStatus.Observer, sco.Status(370, 2023));
        Assert.Equal(ScoStatus.Member, sco.Status(370, 2024)); // Belarus, Astana 2024
        Assert.Equal(ScoStatus.None, sco.Status(701, 2024)); // Turkmenistan: none
        Assert.True(sco.BothMembers(710, 750, 2017));
        Assert.False(sco.BothMembers(710, 750, 2016));
        Assert.True(sco.PartialTie(710, 750, 2016)); // member–observer
        Assert.False(sco.PartialTie(710, 701, 2016));
    }

    [Fact]
    public void An_unknown_status_names_row_and_column()
    {
        var sco = new ScoMembership([(710, ScoStatus.Member, 1996, 9999)]);
        Assert.Equal(ScoStatus.Member, sco.Status(710, 2030));
        Assert.Equal(ScoStatus.None, sco.Status(710, 1995));
    }
}
