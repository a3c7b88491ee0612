using Caravan.Core.Countries;

namespace Caravan.Data.Events;

/// <summary>
/// Maps GDELT CAMEO actor country codes (ISO3-based, plus a few CAMEO-only codes) and ICEWS country names to COW
/// states via Caravan's country codes, year-aware; every value that maps to no COW state (regions such as "AFR",
/// organisations, territories, Hong Kong, Western Sahara, ...) is counted so the ingest report can list it.
/// </summary>
internal sealed class ActorCountryMapper
{
    /// <summary>CAMEO country codes that are not ISO3 codes of the same state.</summary>
    private static readonly Dictionary<string, string> CameoAliases = new(StringComparer.Ordinal)
    {
        ["KSV"] = "XKX", // Kosovo
        ["KOS"] = "XKX",
        ["ROM"] = "ROU", // Romania (old ISO3)
        ["ZAR"] = "COD", // Zaire
        ["TMP"] = "TLS", // East Timor (old ISO3)
        ["SCG"] = "SRB", // Serbia and Montenegro
    };

    /// <summary>ICEWS country names Caravan's name table does not know (ISO 3166 short names).</summary>
    private static readonly Dictionary<string, string> IcewsAliases = new(StringComparer.Ordinal)
    {
        ["the former Yugoslav Republic of Macedonia"] = "Macedonia",
        ["Moldova, Republic of"] = "Moldova",
        ["Micronesia"] = "Federated States of Micronesia",
    };

    private readonly Dictionary<(string, int), (int? Cow, string? Iso3)> cache = [];
    private readonly Dictionary<string, long> unmapped = new(StringComparer.Ordinal);

    /// <summary>Values that mapped to no COW state, with their counts (actor sides, not events).</summary>
    public IReadOnlyDictionary<string, long> Unmapped => unmapped;

    /// <summary>Maps a GDELT CAMEO country code ("CHN", "KAZ"; empty = no country).</summary>
    public (int? Cow, string? Iso3) FromCameo(string? code, int year) => Map(code, year, isName: false);

    /// <summary>Maps an ICEWS country name ("China", "Russian Federation"; empty = no country).</summary>
    public (int? Cow, string? Iso3) FromIcewsName(string? name, int year) => Map(name, year, isName: true);

    private (int? Cow, string? Iso3) Map(string? value, int year, bool isName)
    {
        if (value is null)
        {
            return (null, null);
        }

        if (!cache.TryGetValue((value, year), out var hit))
        {
            hit = Resolve(value, year, isName);
            cache[(value, year)] = hit;
        }

        if (hit.Cow is null)
        {
            unmapped[value] = unmapped.GetValueOrDefault(value) + 1;
        }

        return hit;
    }

    private static (int? Cow, string? Iso3) Resolve(string value, int year, bool isName)
    {
        try
        {
            var iso = CameoAliases.GetValueOrDefault(value, value);
            var text = isName ? IcewsAliases.GetValueOrDefault(value, value) : "iso3:" + iso;
            if (!isName)
            {
                var cow = CountryCodes.FromIso3(iso, year);
                if (cow is not null)
                {
                    return (cow, CountryCodes.ToIso3(cow.Value, year) ?? iso);
                }
            }

            // Outside the state's membership years (an event dated before independence) keep the nearest period.
            if (CountryCodes.TryResolve(text, year, out var country) && country is not null)
            {
                return (country.CowCode, country.Iso3 ?? (isName ? null : value));
            }
        }
        catch (UnknownCountryException)
        {
            // includes AmbiguousCountryException: a CAMEO code that is no ISO3 but another state's COW abbreviation
        }

        return (null, null);
    }
}
