using System.Globalization;
using System.Net;
using System.Text;

namespace Caravan.Reporting.Tables;

/// <summary>A plain grid (header, rows, notes) in text, Markdown, LaTeX, HTML or CSV, every cell escaped for its format.</summary>
public sealed record Grid(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes);

/// <summary>Writes a <see cref="Grid"/>; the first column is left-aligned, the others right-aligned.</summary>
public static class GridWriter
{
    public static string Write(Grid g, TableFormat format)
    {
        ArgumentNullException.ThrowIfNull(g);
        return format switch
        {
            TableFormat.Text => Text(g),
            TableFormat.Markdown => Markdown(g),
            TableFormat.Latex => Latex(g),
            TableFormat.Html => Html(g),
            TableFormat.Csv => Csv(g),
            _ => throw new ArgumentException($"A {format} grid is not supported; use .txt, .md, .tex, .html or .csv.", nameof(format)),
        };
    }

    private static string Text(Grid g)
    {
        var m = g.Header.Count;
        var widths = Enumerable.Range(0, m).Select(j => Math.Max(g.Header[j].Length, g.Rows.Select(r => r[j].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, j) => j == 0 ? c.PadRight(widths[j]) : c.PadLeft(widths[j]))).TrimEnd();
        var rule = new string('-', widths.Sum() + (2 * (m - 1)));
        var sb = new StringBuilder().AppendLine(rule).AppendLine(Line(g.Header)).AppendLine(rule);
        foreach (var r in g.Rows)
        {
            sb.AppendLine(Line(r));
        }

        sb.AppendLine(rule);
        foreach (var n in g.Notes)
        {
            sb.AppendLine(n);
        }

        return sb.ToString();
    }

    private static string Markdown(Grid g)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", g.Header.Select(MarkdownTableWriter.Escape)).AppendLine(" |");
        sb.Append("|:---|").AppendJoin(string.Empty, g.Header.Skip(1).Select(_ => "---:|")).AppendLine();
        foreach (var r in g.Rows)
        {
            sb.Append("| ").AppendJoin(" | ", r.Select(MarkdownTableWriter.Escape)).AppendLine(" |");
        }

        if (g.Notes.Count > 0)
        {
            sb.AppendLine().AppendJoin("  \n", g.Notes.Select(MarkdownTableWriter.Escape)).AppendLine();
        }

        return sb.ToString();
    }

    private static string Latex(Grid g)
    {
        var sb = new StringBuilder();
        sb.Append("\\begin{tabular}{l").Append('r', g.Header.Count - 1).AppendLine("}").AppendLine("\\hline");
        sb.AppendJoin(" & ", g.Header.Select(LatexTableWriter.Escape)).AppendLine(" \\\\").AppendLine("\\hline");
        foreach (var r in g.Rows)
        {
            sb.AppendJoin(" & ", r.Select(LatexTableWriter.Escape)).AppendLine(" \\\\");
        }

        sb.AppendLine("\\hline");
        foreach (var n in g.Notes)
        {
            sb.Append("\\multicolumn{").Append(g.Header.Count).Append("}{l}{\\footnotesize ").Append(LatexTableWriter.Escape(n)).AppendLine("} \\\\");
        }

        return sb.AppendLine("\\end{tabular}").ToString();
    }

    private static string Html(Grid g)
    {
        var sb = new StringBuilder("<table class=\"caravan-quantities\">\n  <thead><tr>");
        foreach (var h in g.Header)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.AppendLine("</tr></thead>").AppendLine("  <tbody>");
        foreach (var r in g.Rows)
        {
            sb.Append("    <tr>");
            foreach (var c in r)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(c)).Append("</td>");
            }

            sb.AppendLine("</tr>");
        }

        sb.AppendLine("  </tbody>");
        if (g.Notes.Count > 0)
        {
            sb.Append("  <tfoot><tr><td colspan=\"").Append(g.Header.Count.ToString(CultureInfo.InvariantCulture)).Append("\">")
              .AppendJoin("<br>", g.Notes.Select(WebUtility.HtmlEncode)).AppendLine("</td></tr></tfoot>");
        }

        return sb.AppendLine("</table>").ToString();
    }

    private static string Csv(Grid g)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', g.Header.Select(CsvCoefficientWriter.Quote)).Append('\n');
        foreach (var r in g.Rows)
        {
            sb.AppendJoin(',', r.Select(CsvCoefficientWriter.Quote)).Append('\n');
        }

        return sb.ToString();
    }
}
