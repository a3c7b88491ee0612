namespace Caravan.Data.Exports;

/// <summary>A Stata value-label set: a name and (value, text) pairs.</summary>
internal sealed record DtaLabelSet(string Name, IReadOnlyList<(int Value, string Text)> Labels);

/// <summary>
/// The value labels Caravan attaches to coded panel variables in .dta files: COW contiguity type, MID hostility level
/// and fatality level, UCDP intensity; text columns named <c>*_source</c> (e.g. the DOTS trade source) are stored as
/// long integers 1..n (sorted text) labelled with their text, as Stata's <c>encode</c> would.
/// </summary>
internal static class DtaValueLabels
{
    private static readonly DtaLabelSet ContType = new("conttype",
    [
        (0, "No direct contiguity"), (1, "Land or river border"), (2, "Water, 12 miles or less"), (3, "Water, 13-24 miles"),
        (4, "Water, 25-150 miles"), (5, "Water, 151-400 miles"),
    ]);

    private static readonly DtaLabelSet HostLev = new("hostlev",
    [
        (0, "No dispute"), (1, "No militarized action"), (2, "Threat to use force"), (3, "Display of force"), (4, "Use of force"), (5, "War"),
    ]);

    private static readonly DtaLabelSet Fatality = new("fatality",
    [
        (0, "None"), (1, "1-25 deaths"), (2, "26-100 deaths"), (3, "101-250 deaths"), (4, "251-500 deaths"), (5, "501-999 deaths"), (6, "More than 999 deaths"),
    ]);

    private static readonly DtaLabelSet UcdpIntensity = new("ucdpint", [(0, "None"), (1, "Minor (25-999 battle deaths)"), (2, "War (1,000+ battle deaths)")]);

    /// <summary>The fixed label set for a numeric column, by name (null = none).</summary>
    public static DtaLabelSet? For(string column)
    {
        var c = column.ToLowerInvariant();
        return c == "conttype" ? ContType
            : c == "hostlev" || c.EndsWith("_hostlev", StringComparison.Ordinal) ? HostLev
            : c == "fatality" || c.EndsWith("_fatality", StringComparison.Ordinal) ? Fatality
            : c == "ucdp_intensity" ? UcdpIntensity
            : null;
    }

    /// <summary>True for a text column stored encoded (long + value labels).</summary>
    public static bool Encodes(string column) => column.EndsWith("_source", StringComparison.OrdinalIgnoreCase);
}
