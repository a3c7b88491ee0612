namespace Caravan.Data.Store;

/// <summary>Type of an imported column.</summary>
public enum ColumnType
{
    /// <summary>64-bit integer (BIGINT).</summary>
    Integer,

    /// <summary>Finite double (DOUBLE).</summary>
    Double,

    /// <summary>UTF-8 text (VARCHAR).</summary>
    Text,

    /// <summary>true/false (also 1/0, yes/no).</summary>
    Boolean,
}
