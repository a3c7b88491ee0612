using System.Net;
using System.Text;

namespace Caravan.Reporting.Tables;

/// <summary>HTML table fragment; every text node and attribute HTML-encoded.</summary>
internal static class HtmlTableWriter
{
    public static string Write(TableModel t)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<table class=\"caravan-regression\">");
        if (t.Title is not null)
        {
            sb.Append("  <caption>").Append(Escape(t.Title)).AppendLine("</caption>");
        }

        sb.AppendLine("  <thead>");
        sb.Append("    <tr><th></th>");
        foreach (var h in t.Headers)
        {
            sb.Append("<th>").Append(Escape(h)).Append("</th>");
        }

        sb.AppendLine("</tr>");
        sb.AppendLine("  </thead>");
        sb.AppendLine("  <tbody>");
        TableBlock? previous = null;
        foreach (var row in t.Rows)
        {
            var startsBlock = previous is not null && TextTableWriter.Group(previous.Value) != TextTableWriter.Group(row.Kind);
            previous = row.Kind;
            var cls = row.Kind.ToString().ToLowerInvariant() + (startsBlock ? " block-start" : string.Empty);
            sb.Append("    <tr class=\"").Append(cls).Append("\"><td>").Append(Escape(row.Label)).Append("</td>");
            foreach (var c in row.Cells)
            {
                sb.Append("<td>").Append(Escape(c)).Append("</td>");
            }

            sb.AppendLine("</tr>");
        }

        sb.AppendLine("  </tbody>");
        if (t.Footnotes.Count > 0)
        {
            sb.Append("  <tfoot><tr><td colspan=\"").Append(t.Headers.Count + 1).Append("\">")
                .AppendJoin("<br>", t.Footnotes.Select(Escape)).AppendLine("</td></tr></tfoot>");
        }

        sb.AppendLine("</table>");
        return sb.ToString();
    }

    /// <summary>A complete, self-contained HTML5 document around the table (booktabs-like rules, no scripts).</summary>
    public static string Document(TableModel t)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>");
        sb.AppendLine("<html lang=\"en\">");
        sb.AppendLine("<head>");
        sb.AppendLine("<meta charset=\"utf-8\">");
        sb.Append("<title>").Append(Escape(t.Title ?? "Regression table")).AppendLine("</title>");
        sb.AppendLine("<style>");
        sb.AppendLine("body { font-family: 'Times New Roman', serif; margin: 2em; }");
        sb.AppendLine("table.caravan-regression { border-collapse: collapse; border-top: 2px solid #000; border-bottom: 2px solid #000; }");
        sb.AppendLine("table.caravan-regression caption { font-weight: bold; text-align: left; padding-bottom: 0.4em; }");
        sb.AppendLine("table.caravan-regression th { border-bottom: 1px solid #000; padding: 0.2em 0.8em; text-align: center; }");
        sb.AppendLine("table.caravan-regression td { padding: 0.1em 0.8em; text-align: center; }");
        sb.AppendLine("table.caravan-regression td:first-child { text-align: left; }");
        sb.AppendLine("table.caravan-regression tr.block-start td { border-top: 1px solid #000; }");
        sb.AppendLine("table.caravan-regression tfoot td { text-align: left; font-size: 0.8em; border-top: 1px solid #000; }");
        sb.AppendLine("</style>");
        sb.AppendLine("</head>");
        sb.AppendLine("<body>");
        sb.Append(Write(t));
        sb.AppendLine("</body>");
        sb.AppendLine("</html>");
        return sb.ToString();
    }

    /// <summary>Encodes &amp; &lt; &gt; " and ' (and non-ASCII as numeric references).</summary>
    internal static string Escape(string s) => WebUtility.HtmlEncode(s);
}
