using System.Globalization;
using System.Text;

namespace Caravan.Reporting.Tables;

/// <summary>LaTeX table (booktabs-free: \hline rules); all text escaped for LaTeX.</summary>
internal static class LatexTableWriter
{
    public static string Write(TableModel t, RegressionTable o)
    {
        var m = t.Headers.Count;
        var sb = new StringBuilder();
        sb.AppendLine("\\begin{table}[htbp]");
        sb.AppendLine("\\centering");
        if (t.Title is not null)
        {
            sb.Append("\\caption{").Append(Escape(t.Title)).AppendLine("}");
        }

        sb.Append("\\begin{tabular}{l").Append('c', m).AppendLine("}");
        sb.AppendLine("\\hline");
        sb.Append(' ');
        foreach (var h in t.Headers)
        {
            sb.Append(" & ").Append(Escape(h));
        }

        sb.AppendLine(" \\\\");
        sb.AppendLine("\\hline");
        TableBlock? previous = null;
        foreach (var row in t.Rows)
        {
            if (previous is not null && TextTableWriter.Group(previous.Value) != TextTableWriter.Group(row.Kind))
            {
                sb.AppendLine("\\hline");
            }

            previous = row.Kind;
            sb.Append(Escape(row.Label));
            foreach (var c in row.Cells)
            {
                sb.Append(" & ").Append(Cell(c, o.Stars));
            }

            sb.AppendLine(" \\\\");
        }

        sb.AppendLine("\\hline");
        if (o.Stars.Count > 0)
        {
            var legend = string.Join(", ", o.Stars.OrderByDescending(s => s.Threshold)
                .Select(s => $"{Escape(s.Symbol)} $p < {s.Threshold.ToString("0.###", CultureInfo.InvariantCulture)}$"));
            sb.Append("\\multicolumn{").Append(m + 1).Append("}{l}{\\footnotesize ").Append(legend).AppendLine("} \\\\");
        }

        foreach (var note in t.Footnotes.Where(f => !ReferenceEquals(f, t.Legend)))
        {
            sb.Append("\\multicolumn{").Append(m + 1).Append("}{l}{\\footnotesize ").Append(Escape(note)).AppendLine("} \\\\");
        }

        sb.AppendLine("\\end{tabular}");
        sb.AppendLine("\\end{table}");
        return sb.ToString();
    }

    /// <summary>Numbers with a leading minus get a math minus; stars become superscripts.</summary>
    private static string Cell(string c, IReadOnlyList<StarLevel> stars)
    {
        var (core, suffix) = CellAlignment.SplitStars(c, stars);
        var body = Escape(core);
        if (core.StartsWith('-') && core.Length > 1 && char.IsDigit(core[1]))
        {
            body = "$-$" + Escape(core[1..]);
        }

        return suffix.Length == 0 ? body : body + "$^{" + Escape(suffix) + "}$";
    }

    internal static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            sb.Append(ch switch
            {
                '\\' => "\\textbackslash{}",
                '&' => "\\&",
                '%' => "\\%",
                '$' => "\\$",
                '#' => "\\#",
                '_' => "\\_",
                '{' => "\\{",
                '}' => "\\}",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '<' => "\\textless{}",
                '>' => "\\textgreater{}",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }
}
