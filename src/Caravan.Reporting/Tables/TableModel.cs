namespace Caravan.Reporting.Tables;

/// <summary>A row of the rendered grid: a label and one cell per model.</summary>
/// <param name="Kind">Which block the row belongs to (writers draw rules between blocks).</param>
internal sealed record TableRow(string Label, IReadOnlyList<string> Cells, TableBlock Kind);

internal enum TableBlock
{
    Info,
    Estimate,
    StdError,
    FixedEffect,
    Vcov,
    Statistic,
}

/// <summary>The table content, format-free: header, rows and the footnote lines (stars legend, notes, provenance).</summary>
internal sealed record TableModel(string? Title, IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows, IReadOnlyList<string> Footnotes)
{
    /// <summary>The stars legend alone (first footnote), when stars are shown.</summary>
    public string? Legend { get; init; }
}
