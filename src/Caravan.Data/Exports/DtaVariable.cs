namespace Caravan.Data.Exports;

/// <summary>How a column is stored in a Stata file.</summary>
internal enum DtaKind
{
    /// <summary>8-byte double, format %10.0g.</summary>
    Double,

    /// <summary>8-byte double holding days since 1960-01-01, format %td.</summary>
    Date,

    /// <summary>Fixed-width str# (1..2045 bytes of UTF-8).</summary>
    Str,

    /// <summary>strL: long string stored in the strls section.</summary>
    StrL,

    /// <summary>1-byte integer, -127..100 (Stata byte).</summary>
    Byte,

    /// <summary>2-byte integer, -32,767..32,740 (Stata int).</summary>
    Int,

    /// <summary>4-byte integer, -2,147,483,647..2,147,483,620 (Stata long).</summary>
    Long,

    /// <summary>4-byte IEEE float, for values a float holds exactly (Stata float).</summary>
    Float,
}

/// <summary>One Stata variable: name (validated), storage, str# width, variable label and value-label set (or null).</summary>
internal sealed record DtaVariable(string Name, DtaKind Kind, int StrWidth, string Label)
{
    public const int MaxStrWidth = 2045;

    /// <summary>Name of the value-label set attached to the variable (null = none).</summary>
    public string? ValueLabel { get; init; }

    public ushort TypeCode => Kind switch
    {
        DtaKind.Double or DtaKind.Date => 65526,
        DtaKind.Float => 65527,
        DtaKind.Long => 65528,
        DtaKind.Int => 65529,
        DtaKind.Byte => 65530,
        DtaKind.Str => (ushort)StrWidth,
        _ => 32768,
    };

    public string Format => Kind switch
    {
        DtaKind.Double => "%10.0g",
        DtaKind.Float => "%9.0g",
        DtaKind.Long => "%12.0g",
        DtaKind.Int or DtaKind.Byte => "%8.0g",
        DtaKind.Date => "%td",
        DtaKind.Str => $"%{Math.Min(StrWidth, 244)}s",
        _ => "%9s",
    };

    /// <summary>Bytes one value takes in the data section.</summary>
    public int Width => Kind switch
    {
        DtaKind.Str => StrWidth,
        DtaKind.Byte => 1,
        DtaKind.Int => 2,
        DtaKind.Long or DtaKind.Float => 4,
        _ => 8,
    };

    /// <summary>True for the numeric kinds read from a DOUBLE column.</summary>
    public bool IsNumeric => Kind is DtaKind.Double or DtaKind.Date or DtaKind.Byte or DtaKind.Int or DtaKind.Long or DtaKind.Float;

    /// <summary>The smallest exact storage for a numeric column from its range, whether all values are whole, and whether a float holds them all.</summary>
    public static DtaKind Narrowest(double? min, double? max, bool whole, bool floatExact)
    {
        if (min is null || max is null)
        {
            return DtaKind.Byte; // all missing
        }

        if (whole)
        {
            if (min >= -127 && max <= 100)
            {
                return DtaKind.Byte;
            }

            if (min >= -32767 && max <= 32740)
            {
                return DtaKind.Int;
            }

            if (min >= -2147483647 && max <= 2147483620)
            {
                return DtaKind.Long;
            }
        }

        return floatExact ? DtaKind.Float : DtaKind.Double;
    }
}
