namespace Caravan.Data.Exports;

/// <summary>File formats a panel can be written to, chosen by the path's extension.</summary>
public enum ExportFormat
{
    /// <summary>.csv: comma-separated, header row, UTF-8, missing = empty field.</summary>
    Csv,

    /// <summary>.parquet: Apache Parquet (read by R arrow, pandas/pyarrow, Stata via Python).</summary>
    Parquet,

    /// <summary>.dta: Stata format 118 (Stata 14+; R haven, pandas.read_stata).</summary>
    Dta,
}

/// <summary>Maps file extensions to <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    public const string Supported = ".csv, .parquet, .dta";

    public static ExportFormat FromPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".csv" => ExportFormat.Csv,
            ".parquet" => ExportFormat.Parquet,
            ".dta" => ExportFormat.Dta,
            _ => throw new ExportException(
                $"Cannot export '{path}': unknown extension '{(ext.Length == 0 ? "(none)" : ext)}'. Supported: {Supported}."),
        };
    }
}
