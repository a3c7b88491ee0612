using Caravan.Reporting.Output;
using Caravan.Reporting.Plots;

namespace Caravan.Reporting.Report;

/// <summary>A block of a report section.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of plain text.</summary>
public sealed record Paragraph(string Text) : ReportBlock;

/// <summary>A bulleted list.</summary>
public sealed record Bullets(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table shown in the report and written to out/ as CSV (the trace of its numbers).</summary>
/// <param name="Caption">Caption.</param>
/// <param name="Table">The cells (also the CSV).</param>
/// <param name="MaxRows">Rows shown in the report (the CSV always has all).</param>
public sealed record TableBlock(string Caption, CsvTable Table, int MaxRows = 40) : ReportBlock;

/// <summary>A figure: PNG (embedded in the HTML) and SVG files, and the CSV holding its numbers.</summary>
public sealed record FigureBlock(string Caption, ChartFiles Files, string CsvFile) : ReportBlock;

/// <summary>Pre-rendered content (e.g. a regression table) in both output formats, with its CSV.</summary>
public sealed record RenderedBlock(string Caption, string Html, string Markdown, string CsvFile) : ReportBlock;

/// <summary>Two blocks side by side in the HTML (e.g. a chart beside its table; the verdicts beside their robustness); one after the other in Markdown.</summary>
public sealed record SideBySide(ReportBlock Left, ReportBlock Right) : ReportBlock;

/// <summary>The executive summary: a few plain sentences shown as one highlighted paragraph.</summary>
public sealed record Summary(IReadOnlyList<string> Sentences) : ReportBlock;
