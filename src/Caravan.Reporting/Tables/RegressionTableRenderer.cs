using System.Text;
using Caravan.Estimation.Results;

namespace Caravan.Reporting.Tables;

/// <summary>
/// Renders one or several fitted models side by side as text, Markdown, LaTeX, HTML or a coefficient
/// CSV, and writes tables to files atomically (temp file + rename), the format chosen by extension.
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
            TableFormat.Html => HtmlTableWriter.Write(table),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown table format."),
        };
    }

    public static string Render(FitResult model, TableFormat format, RegressionTable? options = null) =>
        Render([model], format, options);

    /// <summary>The format for a file name: .md, .tex, .html/.htm, .csv, .txt.</summary>
    public static TableFormat FormatFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => TableFormat.Markdown,
            ".tex" => TableFormat.Latex,
            ".html" or ".htm" => TableFormat.Html,
            ".csv" => TableFormat.Csv,
            ".txt" => TableFormat.Text,
            var ext => throw new ArgumentException(
                $"Cannot tell the table format of '{path}' from its extension '{ext}'; use .md, .tex, .html, .csv or .txt."),
        };

    /// <summary>Writes the table to <paramref name="path"/> (format by extension) via a temp file and a rename.</summary>
    public static void Write(string path, IReadOnlyList<FitResult> models, RegressionTable? options = null)
    {
        var text = Render(models, FormatFor(path), options);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(tmp, text, new UTF8Encoding(false));
            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }
}
