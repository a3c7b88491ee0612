namespace Caravan.Core.Countries;

/// <summary>A name or ISO3 code of an economy that is not a state of the COW state system (a territory or
/// dependency such as Hong Kong, Puerto Rico or Greenland, or a reporting unit such as Belgium-Luxembourg).</summary>
public sealed class NotAStateException : UnknownCountryException
{
    public NotAStateException(string text, string name, string? iso3)
        : base(
            text,
            $"'{text}' is {name}{(iso3 is null ? "" : $" ({iso3})")}, which is not a state of the COW state system " +
            "(a territory, dependency or reporting unit); Caravan's country codes cover COW states only.",
            [])
    {
    }
}
