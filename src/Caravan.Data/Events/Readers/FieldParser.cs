using System.Globalization;

namespace Caravan.Data.Events.Readers;

/// <summary>Typed parsing of raw text fields; a bad field throws <see cref="RowRejectedException"/> naming its column.</summary>
internal static class FieldParser
{
    public static string? Text(string raw)
    {
        var t = raw.Trim();
        return t.Length == 0 ? null : t;
    }

    public static long Long(string raw, string column)
    {
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        throw new RowRejectedException(column, $"not an integer: '{Show(raw)}'");
    }

    public static int? OptionalInt(string raw, string column)
    {
        if (raw.Length == 0)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        throw new RowRejectedException(column, $"not an integer: '{Show(raw)}'");
    }

    public static double? OptionalDouble(string raw, string column, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        if (raw.Length == 0)
        {
            return null;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            return v >= min && v <= max
                ? v
                : throw new RowRejectedException(column, $"out of range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]: '{Show(raw)}'");
        }

        throw new RowRejectedException(column, $"not a number: '{Show(raw)}'");
    }

    /// <summary>YYYYMMDD.</summary>
    public static DateOnly Date8(string raw, string column)
    {
        if (raw.Length == 8 && DateOnly.TryParseExact(raw, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        throw new RowRejectedException(column, $"not a date YYYYMMDD: '{Show(raw)}'");
    }

    /// <summary>YYYY-MM-DD.</summary>
    public static DateOnly IsoDate(string raw, string column)
    {
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        throw new RowRejectedException(column, $"not a date YYYY-MM-DD: '{Show(raw)}'");
    }

    /// <summary>YYYYMMDD or YYYYMMDDHHMMSS, as UTC.</summary>
    public static DateTime Stamp(string raw, string column)
    {
        var format = raw.Length == 14 ? "yyyyMMddHHmmss" : "yyyyMMdd";
        if ((raw.Length == 8 || raw.Length == 14)
            && DateTime.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
        {
            return DateTime.SpecifyKind(t, DateTimeKind.Unspecified);
        }

        throw new RowRejectedException(column, $"not a timestamp YYYYMMDD[HHMMSS]: '{Show(raw)}'");
    }

    /// <summary>A CAMEO event code: 2 to 4 digits (leading zeros kept).</summary>
    public static string Cameo(string raw, string column)
    {
        var t = raw.Trim();
        if (t.Length is >= 2 and <= 4 && t.All(char.IsAsciiDigit) && t[..2] is var root && string.CompareOrdinal(root, "01") >= 0 && string.CompareOrdinal(root, "20") <= 0)
        {
            return t;
        }

        throw new RowRejectedException(column, $"not a CAMEO code (2-4 digits, root 01-20): '{Show(raw)}'");
    }

    private static string Show(string raw) => raw.Length <= 40 ? raw : raw[..40] + "...";
}
