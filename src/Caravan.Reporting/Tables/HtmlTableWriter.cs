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
        if (t.Footnote is not null)
        {
            sb.Append("  <tfoot><tr><td colspan=\"").Append(t.Headers.Count + 1).Append("\">")
                .Append(Escape(t.Footnote)).AppendLine("</td></tr></tfoot>");
        }

        sb.AppendLine("</table>");
        return sb.ToString();
    }

    /// <summary>Encodes &amp; &lt; &gt; " and ' (and non-ASCII as numeric references).</summary>
    internal static string Escape(string s) => WebUtility.HtmlEncode(s);
}
