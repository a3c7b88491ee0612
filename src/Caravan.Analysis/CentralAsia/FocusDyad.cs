namespace Caravan.Analysis.CentralAsia;

/// <summary>One China–Central Asian dyad (COW codes; China is state 2 since 710 &gt; 701–705).</summary>
public sealed record FocusDyad(int Ccode, string Iso3, string Name)
{
    public const int China = 710;

    public int DyadId => (1000 * Ccode) + China;

    public string Label => $"CHN–{Iso3}";

    public static IReadOnlyList<FocusDyad> All { get; } =
    [
        new(705, "KAZ", "Kazakhstan"),
        new(703, "KGZ", "Kyrgyzstan"),
        new(702, "TJK", "Tajikistan"),
        new(701, "TKM", "Turkmenistan"),
        new(704, "UZB", "Uzbekistan"),
    ];

    /// <summary>Finds a dyad by ISO3, COW code or name of the Central Asian state; anything else is a clear error.</summary>
    public static FocusDyad Parse(string text)
    {
        var t = text.Trim();
        return All.FirstOrDefault(d => d.Iso3.Equals(t, StringComparison.OrdinalIgnoreCase)
                || d.Name.Equals(t, StringComparison.OrdinalIgnoreCase)
                || d.Ccode.ToString(System.Globalization.CultureInfo.InvariantCulture) == t
                || $"CHN-{d.Iso3}".Equals(t, StringComparison.OrdinalIgnoreCase))
            ?? throw new StudyInputException(
                $"'{text}' is not one of the study's dyads. The China–Central Asia study covers China with {string.Join(", ", All.Select(d => $"{d.Name} ({d.Iso3}, {d.Ccode})"))}; for other pairs build a panel with `caravan panel`.");
    }
}
