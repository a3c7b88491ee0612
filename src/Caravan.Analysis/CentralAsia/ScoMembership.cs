using Caravan.Data.Store;

namespace Caravan.Analysis.CentralAsia;

/// <summary>SCO status of a state in a year (the curated <c>sco_membership</c> table, to today).</summary>
public enum ScoStatus
{
    None,
    DialoguePartner,
    Observer,
    Member,
}

/// <summary>
/// SCO status by state-year from the curated <c>sco_membership</c> table (founding and accession documents in data/SOURCES.md):
/// full membership (Shanghai Five from 1996, Uzbekistan 2001, India and Pakistan 2017, Iran 2023, Belarus 2024) and,
/// as their own variable, observer and dialogue-partner status.
/// </summary>
public sealed class ScoMembership
{
    private readonly IReadOnlyList<(int Ccode, ScoStatus Status, int From, int To)> spells;

    public ScoMembership(IReadOnlyList<(int Ccode, ScoStatus Status, int From, int To)> spells) => this.spells = spells;

    public static ScoMembership Load(CaravanStore store)
    {
        store.RequireTable("sco_membership", "SCO membership after 2014 (curated)");
        var f = store.ReadFrame("SELECT ccode, status, from_year, coalesce(to_year, 9999) AS to_year FROM sco_membership");
        var list = new List<(int, ScoStatus, int, int)>();
        for (var r = 0; r < f.RowCount; r++)
        {
            var text = f.Text("status").Values[r];
            var status = text switch
            {
                "member" => ScoStatus.Member,
                "observer" => ScoStatus.Observer,
                "dialogue_partner" => ScoStatus.DialoguePartner,
                _ => throw new StudyInputException($"sco_membership row {r + 1}, column status: unknown value '{text}' (expected member, observer or dialogue_partner)."),
            };
            list.Add(((int)f.Numeric("ccode").Values[r], status, (int)f.Numeric("from_year").Values[r], (int)f.Numeric("to_year").Values[r]));
        }

        return new ScoMembership(list);
    }

    public ScoStatus Status(int ccode, int year) =>
        spells.Where(s => s.Ccode == ccode && year >= s.From && year <= s.To).Select(s => s.Status).DefaultIfEmpty(ScoStatus.None).Max();

    /// <summary>Both full members in <paramref name="year"/>.</summary>
    public bool BothMembers(int a, int b, int year) => Status(a, year) == ScoStatus.Member && Status(b, year) == ScoStatus.Member;

    /// <summary>Both have an SCO status but not both full membership (member–observer, member–dialogue partner, ...).</summary>
    public bool PartialTie(int a, int b, int year)
    {
        var (x, y) = (Status(a, year), Status(b, year));
        return x != ScoStatus.None && y != ScoStatus.None && !(x == ScoStatus.Member && y == ScoStatus.Member);
    }
}
