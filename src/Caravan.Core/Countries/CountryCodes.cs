using System.Globalization;

namespace Caravan.Core.Countries;

/// <summary>
/// Conversion among COW codes and abbreviations, Gleditsch-Ward codes, ISO3, IMF DOTS names and English
/// names, year-aware where a code denotes different states over time (Russia/USSR, Serbia/Yugoslavia,
/// Germany, Yemen, ...). Backed by the curated crosswalk embedded in Caravan.Core
/// (built by data/build/country_codes/build.py).
/// </summary>
public static class CountryCodes
{
    private const int Open = 9999;

    private static CountryTable Table => CountryTable.Instance;

    /// <summary>Every COW state, ordered by COW code, with its latest codes.</summary>
    public static IReadOnlyList<Country> All { get; } = CountryTable.Instance.States.Keys.Select(c => CountryTable.Instance.Snapshot(c, null)).ToList();

    /// <summary>
    /// Resolves any of: ISO3 code, COW abbreviation, COW code (digits), G-W code ("gw:260", or bare digits
    /// that are no COW code), IMF DOTS name, English name or a common variant (case- and accent-insensitive).
    /// Prefixes "iso3:", "cow:", "gw:" and "imf:" force the scheme. With a year, the codes returned are those
    /// holding in that year and names used for different states over time pick the state of that year.
    /// </summary>
    /// <exception cref="UnknownCountryException">Nothing matches; the message lists the nearest matches.</exception>
    /// <exception cref="AmbiguousCountryException">A three-letter code that is ISO3 of one state and the COW abbreviation of another.</exception>
    public static Country Resolve(string text, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryResolveCode(text, year, out var country) ? country! : throw Unknown(text);
    }

    /// <summary>Like <see cref="Resolve"/> but returns false instead of throwing when nothing matches (an ambiguous code still throws).</summary>
    public static bool TryResolve(string text, int? year, out Country? country)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryResolveCode(text, year, out country);
    }

    /// <summary>The state with this COW code (codes as of <paramref name="year"/>, or latest).</summary>
    /// <exception cref="UnknownCountryException">Not a COW code.</exception>
    public static Country Get(int cowCode, int? year = null) =>
        Table.States.ContainsKey(cowCode) ? Table.Snapshot(cowCode, year) : throw new UnknownCountryException(cowCode.ToString(CultureInfo.InvariantCulture), []);

    /// <summary>G-W code of a COW state in a year; null when it is not a G-W state that year.</summary>
    public static int? ToGw(int cow, int year) => Table.PeriodOf(cow, year)?.GwCode;

    /// <summary>COW code of a G-W state in a year; null when it is not a COW state that year. In a year of
    /// transition (G-W 260 in 1990, 678 in 1990) the state existing at the end of the year is returned.</summary>
    public static int? ToCow(int gw, int year) =>
        Table.PeriodsByGw.TryGetValue(gw, out var list)
            ? YearChoice.Pick(list.Where(p => p.Contains(year)), year, p => p.From, p => p.To)?.CowCode
            : null;

    /// <summary>ISO3 of a COW state in a year (SUN for 365 in 1922-1991, YUG for 345 in 1918-2005, ...);
    /// null outside the years the COW code exists or for historic states without an ISO code.</summary>
    public static string? ToIso3(int cow, int year) => Table.PeriodOf(cow, year)?.Iso3;

    /// <summary>COW code for an ISO3 code in a year (DEU 1970 = 260, DEU 1995 = 255; YEM 1985 = 678,
    /// YEM 1995 = 679); null when no COW state carries that ISO3 in that year.</summary>
    public static int? FromIso3(string iso3, int year)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return Table.PeriodsByIso3.TryGetValue(iso3.Trim(), out var list)
            ? YearChoice.Pick(list.Where(p => p.Contains(year)), year, p => p.From, p => p.To)?.CowCode
            : null;
    }

    /// <summary>COW code for an IMF DOTS economy name ("China, P.R.: Mainland" = 710, "Kyrgyz Rep." = 703,
    /// "USSR" = 365); with a year, "Germany" before 1991 is West Germany (260). Null for aggregates,
    /// territories (Hong Kong, Aruba, ...) and unknown names.</summary>
    public static int? FromImfName(string imfName, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(imfName);
        return Table.ImfNamesByKey.TryGetValue(NameKey.Of(imfName), out var list)
            ? YearChoice.Pick(list, year, n => n.From ?? int.MinValue, n => n.To ?? Open)!.CowCode
            : null;
    }

    /// <summary>COW code for a COW abbreviation (KZK = 705), or null.</summary>
    public static int? FromCowAbbrev(string abbrev)
    {
        ArgumentNullException.ThrowIfNull(abbrev);
        return Table.CowByAbbrev.TryGetValue(abbrev.Trim(), out var c) ? c : null;
    }

    /// <summary>The nearest states to a text (the suggestions an unknown name gets), best first.</summary>
    public static IReadOnlyList<Country> Suggest(string text, int max = 5) =>
        Suggester.Nearest(text, Table.Names, max).Select(c => Table.Snapshot(c, null)).ToList();

    private static UnknownCountryException Unknown(string text)
    {
        var t = text.Trim();
        if (Table.NonStatesByKey.TryGetValue(NameKey.Of(t), out var nonState))
        {
            return new NotAStateException(t, nonState.Name, nonState.Iso3);
        }

        var bare = t.Contains(':', StringComparison.Ordinal) ? t[(t.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : t;
        if (bare.Length == 3 && Table.NonStatesByIso3.TryGetValue(bare, out var name))
        {
            return new NotAStateException(t, name, bare.ToUpperInvariant());
        }

        return new(text, Suggest(text));
    }

    private static bool TryResolveCode(string input, int? year, out Country? country)
    {
        country = null;
        var text = input.Trim();
        var scheme = "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && text[..colon].ToLowerInvariant() is "iso3" or "iso" or "cow" or "gw" or "imf")
        {
            scheme = text[..colon].ToLowerInvariant();
            text = text[(colon + 1)..].Trim();
        }

        int? cow = scheme switch
        {
            "iso3" or "iso" => Iso3Any(text, year),
            "cow" => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (Table.States.ContainsKey(n) ? n : null) : FromCowAbbrev(text),
            "gw" => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var g) ? GwAny(g, year) : null,
            "imf" => FromImfName(text, year),
            _ => Any(text, year),
        };
        if (cow is null)
        {
            return false;
        }

        country = Table.Snapshot(cow.Value, year);
        return true;
    }

    private static int? Any(string text, int? year)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            var n = int.Parse(text, CultureInfo.InvariantCulture);
            return Table.States.ContainsKey(n) ? n : GwAny(n, year);
        }

        if (text.Length == 3 && text.All(char.IsAsciiLetter))
        {
            var iso = Iso3Any(text, year);
            var abbrev = FromCowAbbrev(text);
            if (iso is not null && abbrev is not null && iso != abbrev)
            {
                var isoState = Table.Snapshot(iso.Value, year);
                var cowState = Table.Snapshot(abbrev.Value, year);
                throw new AmbiguousCountryException(text, isoState.Label, cowState, [isoState, cowState]);
            }

            if (iso is null && abbrev is not null && Table.NonStatesByIso3.TryGetValue(text, out var territory))
            {
                var cowState = Table.Snapshot(abbrev.Value, year);
                throw new AmbiguousCountryException(text, $"{territory} (not a COW state)", cowState, [cowState]);
            }

            if ((iso ?? abbrev) is { } hit)
            {
                return hit;
            }
        }

        if (Table.NamesByKey.TryGetValue(NameKey.Of(text), out var names))
        {
            return YearChoice.Pick(names, year, n => n.From ?? int.MinValue, n => n.To ?? Open)!.CowCode;
        }

        return null;
    }

    /// <summary>ISO3 for any year: the period holding in the year, else the nearest one.</summary>
    private static int? Iso3Any(string iso3, int? year) =>
        Table.PeriodsByIso3.TryGetValue(iso3, out var list) ? YearChoice.Pick(list, year, p => p.From, p => p.To)!.CowCode : null;

    private static int? GwAny(int gw, int? year) =>
        Table.PeriodsByGw.TryGetValue(gw, out var list) ? YearChoice.Pick(list, year, p => p.From, p => p.To)!.CowCode : null;
}
