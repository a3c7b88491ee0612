namespace Caravan.Reporting.Report;

/// <summary>A report section.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

/// <summary>A report: title, subtitle and sections, rendered to HTML and Markdown.</summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);
