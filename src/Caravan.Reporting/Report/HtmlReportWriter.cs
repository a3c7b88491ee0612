using System.Net;
using System.Text;
using Caravan.Reporting.Output;

namespace Caravan.Reporting.Report;

/// <summary>Renders a report to one self-contained HTML file: PNG figures embedded as data URIs, SVGs and CSVs linked alongside.</summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:1400px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
        h1{font-size:1.7em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:1em 0;font-size:.85em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}
        th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}figure img{max-width:100%;border:1px solid #eee}
        figcaption,.caption{font-size:.9em;color:#555}.note{font-size:.85em;color:#666}
        .pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5em;align-items:start}.pair>div{overflow-x:auto}
        .summary{background:#f6f8fa;border-left:4px solid #1f77b4;padding:.6em 1em;font-size:1.05em}
        """;

    public static string Render(ReportDocument doc, string outDirectory)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(doc.Title)).Append("</title>\n<style>")
          .Append(Style).Append("</style>\n</head>\n<body>\n<h1>").Append(E(doc.Title)).Append("</h1>\n<p class=\"caption\">").Append(E(doc.Subtitle)).Append("</p>\n");
        sb.Append("<nav><ul>");
        for (var i = 0; i < doc.Sections.Count; i++)
        {
            sb.Append($"<li><a href=\"#s{i + 1}\">").Append(E(doc.Sections[i].Heading)).Append("</a></li>");
        }

        sb.Append("</ul></nav>\n");
        for (var i = 0; i < doc.Sections.Count; i++)
        {
            var s = doc.Sections[i];
            sb.Append($"<h2 id=\"s{i + 1}\">").Append(E(s.Heading)).Append("</h2>\n");
            foreach (var b in s.Blocks)
            {
                Block(sb, b, outDirectory);
            }
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    public static void Write(ReportDocument doc, string outDirectory, string fileName = "report.html") =>
        AtomicFile.WriteAllText(Path.Combine(outDirectory, fileName), Render(doc, outDirectory));

    private static void Block(StringBuilder sb, ReportBlock block, string dir)
    {
        switch (block)
        {
            case Paragraph p:
                sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                break;
            case Bullets b:
                sb.Append("<ul>");
                foreach (var item in b.Items)
                {
                    sb.Append("<li>").Append(E(item)).Append("</li>");
                }

                sb.Append("</ul>\n");
                break;
            case TableBlock t:
                sb.Append("<p class=\"caption\">").Append(E(t.Caption)).Append($" (<a href=\"{E(t.Table.FileName)}\">{E(t.Table.FileName)}</a>")
                  .Append(t.Table.Rows.Count > t.MaxRows ? $"; first {t.MaxRows} of {t.Table.Rows.Count} rows shown" : "").Append(")</p>\n<table><thead><tr>");
                foreach (var h in t.Table.Header)
                {
                    sb.Append("<th>").Append(E(h)).Append("</th>");
                }

                sb.Append("</tr></thead><tbody>");
                foreach (var row in t.Table.Rows.Take(t.MaxRows))
                {
                    sb.Append("<tr>");
                    foreach (var cell in row)
                    {
                        sb.Append("<td>").Append(E(ReportFormat.Cell(cell))).Append("</td>");
                    }

                    sb.Append("</tr>");
                }

                sb.Append("</tbody></table>\n");
                break;
            case FigureBlock f:
                var png = Convert.ToBase64String(File.ReadAllBytes(f.Files.Png));
                sb.Append("<figure><img alt=\"").Append(E(f.Caption)).Append("\" src=\"data:image/png;base64,").Append(png).Append("\">")
                  .Append("<figcaption>").Append(E(f.Caption)).Append($" Files: <a href=\"{E(Path.GetFileName(f.Files.Svg))}\">SVG</a>, <a href=\"{E(Path.GetFileName(f.Files.Png))}\">PNG</a>; numbers: <a href=\"{E(f.CsvFile)}\">{E(f.CsvFile)}</a>.")
                  .Append("</figcaption></figure>\n");
                break;
            case SideBySide pair:
                sb.Append("<div class=\"pair\"><div>\n");
                Block(sb, pair.Left, dir);
                sb.Append("</div><div>\n");
                Block(sb, pair.Right, dir);
                sb.Append("</div></div>\n");
                break;
            case Summary summary:
                sb.Append("<div class=\"summary\"><p>").Append(E(string.Join(" ", summary.Sentences))).Append("</p></div>\n");
                break;
            case RenderedBlock r:
                sb.Append("<p class=\"caption\">").Append(E(r.Caption)).Append($" (<a href=\"{E(r.CsvFile)}\">{E(r.CsvFile)}</a>)</p>\n").Append(r.Html).Append('\n');
                break;
            default:
                throw new InvalidOperationException($"Unknown report block {block.GetType().Name}.");
        }
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
