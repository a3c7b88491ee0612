namespace Caravan.Data.Store;

/// <summary>How the CSV reader treats missing markers and oversized input.</summary>
public sealed record CsvReadOptions
{
    /// <summary>Cells read as missing in every column: empty and these (R's NA, Stata's ".", ...).</summary>
    public static readonly IReadOnlyList<string> DefaultMissing = ["NA", "NaN", "nan", "null", "NULL", ".", "N/A"];

    /// <summary>More cells to read as missing (e.g. "n/a?", "-999"), in addition to <see cref="DefaultMissing"/>.</summary>
    public IReadOnlyList<string> ExtraMissing { get; init; } = [];

    /// <summary>A header line longer than this is not a CSV header (default 1 MiB).</summary>
    public int MaxHeaderBytes { get; init; } = 1 << 20;

    /// <summary>A cell longer than this is refused (default 1 MiB).</summary>
    public int MaxFieldBytes { get; init; } = 1 << 20;

    /// <summary>The markers, as listed in messages.</summary>
    public string MissingList => "empty, " + string.Join(", ", DefaultMissing.Concat(ExtraMissing));
}
