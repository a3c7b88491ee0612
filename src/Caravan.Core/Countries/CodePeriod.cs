namespace Caravan.Core.Countries;

/// <summary>Years (inclusive, 9999 = open) over which a COW code has the given G-W code and ISO3.</summary>
internal sealed record CodePeriod(int CowCode, int From, int To, int? GwCode, string? Iso3)
{
    public bool Contains(int year) => year >= From && year <= To;
}
