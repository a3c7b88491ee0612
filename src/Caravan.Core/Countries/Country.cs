using Caravan.Core.Panels;

namespace Caravan.Core.Countries;

/// <summary>
/// A state of the Correlates of War state system with its codes in other systems. Codes that change over
/// time (G-W code, ISO3, IMF name) are those holding in <see cref="Year"/>, or the latest ones when
/// <see cref="Year"/> is null.
/// </summary>
/// <param name="CowCode">COW numeric country code (e.g. 705).</param>
/// <param name="CowAbbrev">COW three-letter abbreviation (e.g. KZK).</param>
/// <param name="Name">COW state name (e.g. Kazakhstan).</param>
/// <param name="GwCode">Gleditsch-Ward code, null when the state is not a G-W state in that year.</param>
/// <param name="Iso3">ISO 3166 alpha-3 code (historic codes such as SUN, YUG, DDR, CSK, YMD included; Kosovo XKX).</param>
/// <param name="ImfName">Name in the IMF Direction of Trade Statistics, if DOTS has the economy.</param>
/// <param name="Membership">Years of COW state-system membership (last year 9999 = still a member).</param>
/// <param name="Year">The year the time-varying codes refer to; null = latest.</param>
public sealed record Country(
    int CowCode,
    string CowAbbrev,
    string Name,
    int? GwCode,
    string? Iso3,
    string? ImfName,
    IReadOnlyList<YearRange> Membership,
    int? Year)
{
    /// <summary>True when the state is a COW member in some part of <paramref name="year"/>.</summary>
    public bool IsMemberIn(int year) => Membership.Any(m => m.Contains(year));

    /// <summary>"Kazakhstan (KAZ, 705)": the name, ISO3 (or COW abbreviation when there is none) and COW code.</summary>
    public string Label => $"{Name} ({Iso3 ?? CowAbbrev}, {CowCode})";

    public override string ToString() => Label;
}
