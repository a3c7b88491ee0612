namespace Caravan.Data.Panels.Joins;

/// <summary>What a key column of a user table holds.</summary>
public enum KeyKind
{
    /// <summary>ISO 3166-1 alpha-3 (year-aware: SUN, YUG, DDR ... for historic states).</summary>
    Iso3,

    /// <summary>COW state code.</summary>
    Cow,

    /// <summary>Gleditsch-Ward state code.</summary>
    Gw,

    /// <summary>A country name (or any text <c>caravan codes</c> resolves: ISO3, COW abbreviation, IMF name).</summary>
    Name,

    /// <summary>Calendar year.</summary>
    Year,
}

/// <summary>One key column: its name in the user table and what it holds.</summary>
public sealed record KeyColumn(string Column, KeyKind Kind);
