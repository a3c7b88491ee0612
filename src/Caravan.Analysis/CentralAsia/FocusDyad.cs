namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// One dyad of the study's region: a partner state and the focus state (by default China, 710, and the five Central Asian
/// states, so China is state 2 since 710 &gt; 701–705). <see cref="DyadId"/> = 1000·min(ccode) + max(ccode), the world
/// panel's dyad id, whatever the order.
/// </summary>
/// <param name="Ccode">The partner's COW code.</param>
/// <param name="Iso3">The partner's ISO3 code.</param>
/// <param name="Name">The partner's name.</param>
/// <param name="FocusCcode">The focus state's COW code (China by default).</param>
/// <param name="FocusIso3">The focus state's ISO3 code.</param>
/// <param name="FocusName">The focus state's name.</param>
public sealed record FocusDyad(int Ccode, string Iso3, string Name, int FocusCcode = FocusDyad.China, string FocusIso3 = "CHN", string FocusName = "China")
{
    public const int China = 710;

    public int DyadId => (1000 * Math.Min(Ccode, FocusCcode)) + Math.Max(Ccode, FocusCcode);

    /// <summary>True when the focus state is state 2 of the non-directed dyad (its COW code is the larger).</summary>
    public bool FocusIsState2 => FocusCcode > Ccode;

    public string Label => $"{FocusIso3}–{Iso3}";

    /// <summary>The default region's dyads: China and the five Central Asian states.</summary>
    public static IReadOnlyList<FocusDyad> All { get; } =
    [
        new(705, "KAZ", "Kazakhstan"),
        new(703, "KGZ", "Kyrgyzstan"),
        new(702, "TJK", "Tajikistan"),
        new(701, "TKM", "Turkmenistan"),
        new(704, "UZB", "Uzbekistan"),
    ];

    /// <summary>Finds a dyad by ISO3, COW code or name of the Central Asian state; anything else is a clear error.</summary>
    public static FocusDyad Parse(string text) => Parse(text, All);

    /// <summary>Finds a dyad of <paramref name="dyads"/> by the partner's ISO3, COW code or name, or "FOCUS-ISO3".</summary>
    public static FocusDyad Parse(string text, IReadOnlyList<FocusDyad> dyads)
    {
        var t = text.Trim();
        return dyads.FirstOrDefault(d => d.Iso3.Equals(t, StringComparison.OrdinalIgnoreCase)
                || d.Name.Equals(t, StringComparison.OrdinalIgnoreCase)
                || d.Ccode.ToString(System.Globalization.CultureInfo.InvariantCulture) == t
                || $"{d.FocusIso3}-{d.Iso3}".Equals(t, StringComparison.OrdinalIgnoreCase))
            ?? throw new StudyInputException(
                $"'{text}' is not one of the study's dyads. The study covers {dyads[0].FocusName} with {string.Join(", ", dyads.Select(d => $"{d.Name} ({d.Iso3}, {d.Ccode})"))}; for other pairs run `caravan analyze --focus ISO3 --partners ISO3,...` or build a panel with `caravan panel`.");
    }
}
