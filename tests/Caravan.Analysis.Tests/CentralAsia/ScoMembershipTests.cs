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

    /// <summary>
    /// The part of the curated table that shipped material can verify: SCO full membership 1996–2014 for every state in
    /// COW IGO v3 (data/igo_memberships, ioname SCO, status 1) equals the curated 'member' spells year by year. The
    /// post-2014 accessions and the AIIB table rest on the documents named in data/SOURCES.md, which are not shipped.
    /// </summary>
    [Fact]
    public void Members_1996_2014_equal_the_COW_IGO_SCO_coding()
    {
        using var store = CaravanStore.Open();
        var sco = ScoMembership.Load(store);
        var cow = store.ReadFrame("SELECT ccode, year FROM igo_memberships WHERE upper(ioname) = 'SCO' AND status = 1");
        var members = Enumerable.Range(0, cow.RowCount).Select(r => ((int)cow.Numeric("ccode").Values[r], (int)cow.Numeric("year").Values[r])).ToHashSet();
        Assert.True(members.Count >= 19 * 5, $"{members.Count}");
        var states = members.Select(m => m.Item1).Append(701).Append(750).Append(770).Distinct().ToArray();
        foreach (var c in states)
        {
            for (var y = 1996; y <= 2014; y++)
            {
                Assert.True(members.Contains((c, y)) == (sco.Status(c, y) == ScoStatus.Member), $"ccode {c}, {y}: COW IGO {(members.Contains((c, y)) ? "member" : "not a member")}, curated {sco.Status(c, y)}");
            }
        }
    }

    [Fact]
    public void An_unknown_status_names_row_and_column()
    {
        var sco = new ScoMembership([(710, ScoStatus.Member, 1996, 9999)]);
        Assert.Equal(ScoStatus.Member, sco.Status(710, 2030));
        Assert.Equal(ScoStatus.None, sco.Status(710, 1995));
    }
}
