using Caravan.Core.Countries;
using Caravan.Core.Panels;

namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// The region a study looks at: a focus state, its partners and the years (default: China with Kazakhstan, Kyrgyzstan,
/// Tajikistan, Turkmenistan and Uzbekistan, 1992–2024). The world models are the same for every region; the region
/// decides which dyads get trade, dependence, events, predicted risk and counterfactuals.
/// </summary>
/// <param name="Dyads">The focus–partner dyads.</param>
/// <param name="Years">The years of the regional series (clipped to the data).</param>
public sealed record StudyRegion(IReadOnlyList<FocusDyad> Dyads, YearRange Years)
{
    public static StudyRegion Default { get; } = new(FocusDyad.All, new YearRange(1992, 2024));

    public int FocusCcode => Dyads[0].FocusCcode;

    public string FocusIso3 => Dyads[0].FocusIso3;

    public string FocusName => Dyads[0].FocusName;

    /// <summary>True for the default China–Central Asia region (China-specific series such as AidData and the gravity model apply).</summary>
    public bool IsChinaCentralAsia => FocusCcode == FocusDyad.China && Dyads.Select(d => d.Ccode).Order().SequenceEqual(FocusDyad.All.Select(d => d.Ccode).Order());

    /// <summary>"China–Central Asia" or "Russia–{partners}".</summary>
    public string Title => IsChinaCentralAsia ? "China and Central Asia" : $"{FocusName} and {string.Join(", ", Dyads.Select(d => d.Name))}";

    /// <summary>The dyad ids.</summary>
    public IReadOnlySet<double> DyadIds => Dyads.Select(d => (double)d.DyadId).ToHashSet();

    /// <summary>Resolves <c>--focus</c>, <c>--partners</c> and <c>--years</c> (ISO3 codes or names, year-aware); unknown codes are clear errors.</summary>
    public static StudyRegion Parse(string focus, string partners, string years)
    {
        var range = ParseYears(years);
        var f = Resolve(focus, range.Last, "--focus");
        var list = partners.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Resolve(p, range.Last, "--partners")).ToArray();
        if (list.Length == 0)
        {
            throw new StudyInputException("--partners needs at least one state (ISO3 codes separated by commas, e.g. KAZ,KGZ,TJK,TKM,UZB).");
        }

        if (list.Any(p => p.CowCode == f.CowCode))
        {
            throw new StudyInputException($"--partners lists the focus state {f.Iso3} itself.");
        }

        return new StudyRegion(list.DistinctBy(p => p.CowCode)
            .Select(p => new FocusDyad(p.CowCode, p.Iso3 ?? p.CowAbbrev, p.Name, f.CowCode, f.Iso3 ?? f.CowAbbrev, f.Name)).ToArray(), range);
    }

    private static Country Resolve(string text, int year, string option)
    {
        if (CountryCodes.FromIso3(text.Trim().ToUpperInvariant(), year) is { } cow)
        {
            return CountryCodes.Get(cow, year);
        }

        if (CountryCodes.TryResolve(text, year, out var c) && c is not null)
        {
            return c;
        }

        throw new StudyInputException($"{option}: '{text}' is not a state in {year} (use ISO3 codes, e.g. CHN, RUS, KAZ; `caravan codes NAME` lists matches).");
    }

    private static YearRange ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var a) && int.TryParse(parts[1], out var b) && a <= b && a >= 1816 && b <= 2100)
        {
            return new YearRange(a, b);
        }

        throw new StudyInputException($"--years: '{text}' is not a range FIRST-LAST (e.g. 1992-2024).");
    }
}
