using System.Globalization;

namespace Caravan.Data.Events.Aggregation;

/// <summary>
/// A CAMEO code range: "14" (root 14 and all codes under it), "18-20" (roots 18 to 20), "040-046" (base codes).
/// Bounds compare the first <c>From.Length</c> digits of the code as text (same-length, zero-padded bounds).
/// </summary>
public sealed record CameoRange(string From, string To)
{
    public static CameoRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 2 || parts.Any(p => p.Length is < 2 or > 4 || !p.All(char.IsAsciiDigit)) || (parts.Length == 2 && parts[0].Length != parts[1].Length))
        {
            throw new EventDataException($"'{text}' is not a CAMEO range: use a code such as 14, 190 or 0231, or a range of codes of equal length such as 18-20 or 040-046.");
        }

        var range = new CameoRange(parts[0], parts.Length == 2 ? parts[1] : parts[0]);
        return string.CompareOrdinal(range.From, range.To) <= 0 ? range : throw new EventDataException($"CAMEO range '{text}': the lower bound is above the upper bound.");
    }

    /// <summary>The condition over the <c>cameo_code</c> column (same SQL in DuckDB and ClickHouse).</summary>
    internal string Sql() => string.Create(CultureInfo.InvariantCulture, $"substring(cameo_code, 1, {From.Length}) BETWEEN '{From}' AND '{To}'");

    public override string ToString() => From == To ? From : $"{From}-{To}";
}
