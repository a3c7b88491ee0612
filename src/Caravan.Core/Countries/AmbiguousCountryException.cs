namespace Caravan.Core.Countries;

/// <summary>
/// A three-letter code that is the ISO3 code of one entity and the COW abbreviation of another state
/// (e.g. AUS: ISO3 Australia, COW Austria; MAC: ISO3 Macao, COW Macedonia). The message says how to disambiguate.
/// </summary>
public sealed class AmbiguousCountryException : UnknownCountryException
{
    public AmbiguousCountryException(string text, string asIso3, Country asCowAbbrev, IReadOnlyList<Country> candidates)
        : base(
            text,
            $"Ambiguous country code '{text}': it is the ISO3 code of {asIso3} but the COW abbreviation of " +
            $"{asCowAbbrev.Label}. Write 'iso3:{text}' or 'cow:{text}', or the country name.",
            candidates)
    {
    }
}
