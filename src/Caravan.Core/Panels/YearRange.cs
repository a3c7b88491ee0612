namespace Caravan.Core.Panels;

/// <summary>An inclusive range of calendar years.</summary>
public sealed record YearRange
{
    public YearRange(int first, int last)
    {
        if (first > last)
        {
            throw new ArgumentException($"Year range {first}-{last}: the first year is after the last.");
        }

        First = first;
        Last = last;
    }

    public int First { get; }

    public int Last { get; }

    public bool Contains(int year) => year >= First && year <= Last;

    /// <summary>Parses "1992-2020" or a single year "2010".</summary>
    public static YearRange Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], out var a)
            && (parts.Length == 1 || int.TryParse(parts[1], out _)))
        {
            var b = parts.Length == 2 ? int.Parse(parts[1]) : a;
            return new YearRange(a, b);
        }

        throw new FormatException($"'{text}' is not a year range; write e.g. 1992-2020 or 2010.");
    }

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
