using Caravan.Estimation.Results;
using Caravan.Reporting.Output;

namespace Caravan.Reporting.Tables;

/// <summary>
/// Renders one or several fitted models side by side as text, Markdown, LaTeX, HTML (fragment or complete
/// document), a coefficient CSV or a Word document, and writes tables to files atomically (temp file +
/// rename), the format chosen by extension.
/// </summary>
public static class RegressionTableRenderer
{
    public static string Render(IReadOnlyList<FitResult> models, TableFormat format, RegressionTable? options = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        options ??= RegressionTable.Default;
        if (format == TableFormat.Csv)
        {
            if (models.Count == 0)
            {
                throw new ArgumentException("A regression table needs at least one model.", nameof(models));
            }

            var names = options.ModelNames ?? models.Select((_, i) => $"({i + 1})").ToArray();
            return CsvCoefficientWriter.Write(models, names);
        }

        var table = TableModelBuilder.Build(models, options);
        return format switch
        {
            TableFormat.Text => TextTableWriter.Write(table, options),
            TableFormat.Markdown => MarkdownTableWriter.Write(table),
            TableFormat.Latex => LatexTableWriter.Write(table, options),
            TableFormat.Html => options.HtmlDocument ? HtmlTableWriter.Document(table) : HtmlTableWriter.Write(table),
            TableFormat.Docx => throw new ArgumentException("A Word table is binary; use RenderBytes.", nameof(format)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown table format."),
        };
    }

    public static string Render(FitResult model, TableFormat format, RegressionTable? options = null) =>
        Render([model], format, options);

    /// <summary>The table as file content: UTF-8 text, or the .docx package for <see cref="TableFormat.Docx"/>.</summary>
    public static byte[] RenderBytes(IReadOnlyList<FitResult> models, TableFormat format, RegressionTable? options = null)
    {
        options ??= RegressionTable.Default;
        return format == TableFormat.Docx
            ? DocxTableWriter.Write(TableModelBuilder.Build(models, options))
            : new System.Text.UTF8Encoding(false).GetBytes(Render(models, format, options));
    }

    /// <summary>The estimator's display name ("Logit", "Firth logit", ...), as in the tables.</summary>
    public static string EstimatorName(Caravan.Estimation.ModelKind kind) => TableModelBuilder.EstimatorName(kind);

    /// <summary>Checks the options alone (digits, keep/drop patterns), before any model is fitted; throws <see cref="ArgumentException"/>.</summary>
    public static void Validate(RegressionTable options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Digits is < 0 or > 15)
        {
            throw new ArgumentException($"Digits must be between 0 and 15; got {options.Digits}.", nameof(options));
        }

        _ = TermPatterns.Compile(options.Keep, "keep");
        _ = TermPatterns.Compile(options.Drop, "drop");
    }

    /// <summary>The format for a file name: .md, .tex, .html/.htm, .csv, .txt, .docx.</summary>
    public static TableFormat FormatFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => TableFormat.Markdown,
            ".tex" => TableFormat.Latex,
            ".html" or ".htm" => TableFormat.Html,
            ".csv" => TableFormat.Csv,
            ".txt" => TableFormat.Text,
            ".docx" => TableFormat.Docx,
            var ext => throw new ArgumentException(
                $"Cannot tell the table format of '{path}' from its extension '{ext}'; use .md, .tex, .html, .csv, .txt or .docx."),
        };

    /// <summary>
    /// Checks, before any work, that <paramref name="path"/> has a table extension and that its folder can be
    /// created and written (a probe file is created and removed). Throws <see cref="ArgumentException"/>
    /// (format) or <see cref="IOException"/>/<see cref="UnauthorizedAccessException"/> (folder) naming the path.
    /// </summary>
    public static TableFormat CheckTarget(string path)
    {
        var format = FormatFor(path);
        OutputTarget.CheckWritable(path);
        return format;
    }

    /// <summary>Writes the table to <paramref name="path"/> (format by extension) via a temp file and a rename.</summary>
    public static void Write(string path, IReadOnlyList<FitResult> models, RegressionTable? options = null) =>
        AtomicFile.WriteAllBytes(path, RenderBytes(models, FormatFor(path), options));
}
