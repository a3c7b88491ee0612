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
}

/// <summary>One Stata variable: name (validated), storage, str# width and variable label.</summary>
internal sealed record DtaVariable(string Name, DtaKind Kind, int StrWidth, string Label)
{
    public const int MaxStrWidth = 2045;

    public ushort TypeCode => Kind switch
    {
        DtaKind.Double or DtaKind.Date => 65526,
        DtaKind.Str => (ushort)StrWidth,
        _ => 32768,
    };

    public string Format => Kind switch
    {
        DtaKind.Double => "%10.0g",
        DtaKind.Date => "%td",
        DtaKind.Str => $"%{Math.Min(StrWidth, 244)}s",
        _ => "%9s",
    };

    /// <summary>Bytes one value takes in the data section.</summary>
    public int Width => Kind switch
    {
        DtaKind.Str => StrWidth,
        _ => 8,
    };
}
