using System.Globalization;
using Caravan.Core.Panels;

namespace Caravan.Core.Countries;

/// <summary>The embedded crosswalk (country_codes.csv, country_names.csv) with its lookup indexes.</summary>
internal sealed class CountryTable
{
    private const int Open = 9999;

    private CountryTable(List<string[]> codeRows, List<string[]> nameRows, List<string[]> nonStateRows)
    {
        var states = new SortedDictionary<int, (string Abbrev, string Name, IReadOnlyList<YearRange> Membership)>();
        var periods = new List<CodePeriod>();
        foreach (var r in codeRows)
        {
            var cow = Int(r[0]);
            if (!states.ContainsKey(cow))
            {
                var membership = r[3].Split(';').Select(YearRange.Parse).ToList();
                states[cow] = (r[1], r[2], membership);
            }

            periods.Add(new CodePeriod(cow, Int(r[4]), Int(r[5]), r[6] == "" ? null : Int(r[6]), r[7] == "" ? null : r[7]));
        }

        States = states;
        PeriodsByCow = periods.GroupBy(p => p.CowCode).ToDictionary(g => g.Key, g => (IReadOnlyList<CodePeriod>)g.ToList());
        PeriodsByGw = periods.Where(p => p.GwCode is not null).GroupBy(p => p.GwCode!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CodePeriod>)g.ToList());
        PeriodsByIso3 = periods.Where(p => p.Iso3 is not null).GroupBy(p => p.Iso3!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CodePeriod>)g.ToList(), StringComparer.OrdinalIgnoreCase);
        CowByAbbrev = states.ToDictionary(s => s.Value.Abbrev, s => s.Key, StringComparer.OrdinalIgnoreCase);

        Names = nameRows
            .Select(r => new NameEntry(r[0], NameKey.Of(r[0]), Int(r[1]), r[2] == "" ? null : Int(r[2]), r[3] == "" ? null : Int(r[3]), r[4]))
            .Where(n => n.Key.Length > 0)
            .ToList();
        NamesByKey = Names.GroupBy(n => n.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<NameEntry>)g.ToList());
        ImfNamesByKey = Names.Where(n => n.Source == "imf").GroupBy(n => n.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<NameEntry>)g.ToList());
        NonStatesByKey = nonStateRows.GroupBy(r => NameKey.Of(r[0])).ToDictionary(g => g.Key, g => (g.First()[0], g.First()[1] == "" ? null : g.First()[1]));
        NonStatesByIso3 = nonStateRows.Where(r => r[1] != "").GroupBy(r => r[1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[0], StringComparer.OrdinalIgnoreCase);
        ImfNamesByCow = Names.Where(n => n.Source == "imf").GroupBy(n => n.CowCode)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<NameEntry>)g.ToList());
    }

    public static CountryTable Instance { get; } = new(
        EmbeddedCsv.Read("country_codes.csv"), EmbeddedCsv.Read("country_names.csv"), EmbeddedCsv.Read("non_states.csv"));

    public SortedDictionary<int, (string Abbrev, string Name, IReadOnlyList<YearRange> Membership)> States { get; }

    public Dictionary<int, IReadOnlyList<CodePeriod>> PeriodsByCow { get; }

    public Dictionary<int, IReadOnlyList<CodePeriod>> PeriodsByGw { get; }

    public Dictionary<string, IReadOnlyList<CodePeriod>> PeriodsByIso3 { get; }

    public Dictionary<string, int> CowByAbbrev { get; }

    public IReadOnlyList<NameEntry> Names { get; }

    public Dictionary<string, IReadOnlyList<NameEntry>> NamesByKey { get; }

    public Dictionary<string, IReadOnlyList<NameEntry>> ImfNamesByKey { get; }

    public Dictionary<int, IReadOnlyList<NameEntry>> ImfNamesByCow { get; }

    /// <summary>Economies that are not COW states, by name key: (name, ISO3 or null).</summary>
    public Dictionary<string, (string Name, string? Iso3)> NonStatesByKey { get; }

    /// <summary>Economies that are not COW states, by ISO3: a display name.</summary>
    public Dictionary<string, string> NonStatesByIso3 { get; }

    /// <summary>The period of <paramref name="cow"/> holding in <paramref name="year"/> (exactly), or the latest when year is null.</summary>
    public CodePeriod? PeriodOf(int cow, int? year)
    {
        if (!PeriodsByCow.TryGetValue(cow, out var list))
        {
            return null;
        }

        return year is null ? YearChoice.Pick(list, null, p => p.From, p => p.To) : YearChoice.Pick(list.Where(p => p.Contains(year.Value)), year, p => p.From, p => p.To);
    }

    public Country Snapshot(int cow, int? year)
    {
        var s = States[cow];
        var period = PeriodOf(cow, year);
        string? imf = null;
        if (ImfNamesByCow.TryGetValue(cow, out var imfNames))
        {
            imf = YearChoice.Pick(imfNames, year, n => n.From ?? int.MinValue, n => n.To ?? Open)?.Name;
        }

        return new Country(cow, s.Abbrev, s.Name, period?.GwCode, period?.Iso3, imf, s.Membership, year);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
