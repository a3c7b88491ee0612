namespace Caravan.Core.Countries;

/// <summary>
/// A three-letter code that is the ISO3 code of one state and the COW abbreviation of another
/// (e.g. AUS: ISO3 Australia, COW Austria). The message says how to disambiguate.
/// </summary>
public sealed class AmbiguousCountryException : UnknownCountryException
{
    public AmbiguousCountryException(string text, Country asIso3, Country asCowAbbrev)
        : base(
            text,
            $"Ambiguous country code '{text}': it is the ISO3 code of {asIso3.Label} but the COW abbreviation of " +
            $"{asCowAbbrev.Label}. Write 'iso3:{text}' or 'cow:{text}', or the country name.",
            [asIso3, asCowAbbrev])
    {
    }
}
