using System.Text;
using Caravan.Reporting.Output;

namespace Caravan.Reporting.Report;

/// <summary>Renders a report to Markdown, with figures as links to the PNG/SVG files alongside.</summary>
public static class MarkdownReportWriter
{
    public static string Render(ReportDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(doc.Title).Append("\n\n_").Append(doc.Subtitle).Append("_\n\n");
        foreach (var s in doc.Sections)
        {
            sb.Append("## ").Append(s.Heading).Append("\n\n");
            foreach (var b in s.Blocks.SelectMany(Flatten))
            {
                switch (b)
                {
                    case Paragraph p:
                        sb.Append(p.Text).Append("\n\n");
                        break;
                    case Summary summary:
                        sb.Append("> ").Append(string.Join(" ", summary.Sentences)).Append("\n\n");
                        break;
                    case Bullets l:
                        foreach (var i in l.Items)
                        {
                            sb.Append("- ").Append(i).Append('\n');
                        }

                        sb.Append('\n');
                        break;
                    case TableBlock t:
                        sb.Append('*').Append(t.Caption).Append("* ([").Append(t.Table.FileName).Append("](").Append(t.Table.FileName).Append("))")
                          .Append(t.Table.Rows.Count > t.MaxRows ? $" — first {t.MaxRows} of {t.Table.Rows.Count} rows" : "").Append("\n\n");
                        sb.Append("| ").AppendJoin(" | ", t.Table.Header.Select(Escape)).Append(" |\n|");
                        sb.Append(string.Concat(t.Table.Header.Select(_ => " --- |"))).Append('\n');
                        foreach (var row in t.Table.Rows.Take(t.MaxRows))
                        {
                            sb.Append("| ").AppendJoin(" | ", row.Select(c => Escape(ReportFormat.Cell(c)))).Append(" |\n");
                        }

                        sb.Append('\n');
                        break;
                    case FigureBlock f:
                        var png = Path.GetFileName(f.Files.Png);
                        sb.Append("![").Append(f.Caption).Append("](").Append(png).Append(")\n\n*").Append(f.Caption)
                          .Append($"* ([SVG]({Path.GetFileName(f.Files.Svg)}), numbers: [{f.CsvFile}]({f.CsvFile}))\n\n");
                        break;
                    case RenderedBlock r:
                        sb.Append('*').Append(r.Caption).Append($"* ([{r.CsvFile}]({r.CsvFile}))\n\n").Append(r.Markdown).Append("\n\n");
                        break;
                }
            }
        }

        return sb.ToString();
    }

    public static void Write(ReportDocument doc, string outDirectory, string fileName = "report.md") =>
        AtomicFile.WriteAllText(Path.Combine(outDirectory, fileName), Render(doc));

    private static IEnumerable<ReportBlock> Flatten(ReportBlock b) => b is SideBySide pair ? Flatten(pair.Left).Concat(Flatten(pair.Right)) : [b];

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
