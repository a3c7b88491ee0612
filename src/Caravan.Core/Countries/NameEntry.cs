namespace Caravan.Core.Countries;

/// <summary>One spelling of a state's name, from a source (cow, gw, imf, wb, owid, hand), with the years it
/// refers to that state when the same name denotes different states over time (null = every year).</summary>
internal sealed record NameEntry(string Name, string Key, int CowCode, int? From, int? To, string Source);
