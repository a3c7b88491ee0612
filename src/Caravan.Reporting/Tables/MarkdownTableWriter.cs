using System.Text;

namespace Caravan.Reporting.Tables;

/// <summary>GitHub-flavoured Markdown pipe table; cell text escaped (| \ * `).</summary>
internal static class MarkdownTableWriter
{
    public static string Write(TableModel t)
    {
        var sb = new StringBuilder();
        if (t.Title is not null)
        {
            sb.Append("**").Append(Escape(t.Title)).AppendLine("**").AppendLine();
        }

        sb.Append("| |");
        foreach (var h in t.Headers)
        {
            sb.Append(' ').Append(Escape(h)).Append(" |");
        }

        sb.AppendLine();
        sb.Append("|:---|");
        foreach (var _ in t.Headers)
        {
            sb.Append("---:|");
        }

        sb.AppendLine();
        foreach (var row in t.Rows)
        {
            sb.Append("| ").Append(Escape(row.Label)).Append(" |");
            foreach (var c in row.Cells)
            {
                sb.Append(' ').Append(Escape(c)).Append(" |");
            }

            sb.AppendLine();
        }

        if (t.Footnotes.Count > 0)
        {
            sb.AppendLine().AppendJoin("  \n", t.Footnotes.Select(Escape)).AppendLine();
        }

        return sb.ToString();
    }

    internal static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '|' or '\\' or '*' or '`' or '<' or '>' or '_':
                    sb.Append('\\').Append(ch);
                    break;
                case '\n' or '\r':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }
}
