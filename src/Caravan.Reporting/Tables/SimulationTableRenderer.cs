using System.Globalization;
using System.Net;
using System.Text;
using Caravan.Estimation.Simulation;

namespace Caravan.Reporting.Tables;

/// <summary>
/// Renders simulated quantities of interest (one row per quantity: mean, SD, median and the percentile
/// interval) as text, Markdown, LaTeX, HTML or CSV, with the scenario, draws and seed in a footnote.
/// </summary>
public static class SimulationTableRenderer
{
    public static string Render(SimulationResult result, TableFormat format, int digits = 4)
    {
        ArgumentNullException.ThrowIfNull(result);
        var level = (result.Options.Level * 100).ToString("0.##", CultureInfo.InvariantCulture);
        string[] header = ["Quantity", "Mean", "SD", "Median", $"{level}% lower", $"{level}% upper"];
        var rows = result.All().Select(q => new[]
        {
            q.Name,
            TableModelBuilder.Num(q.Mean, digits),
            TableModelBuilder.Num(q.StdDev, digits),
            TableModelBuilder.Num(q.Median, digits),
            TableModelBuilder.Num(q.Lower, digits),
            TableModelBuilder.Num(q.Upper, digits),
        }).ToArray();
        var note = $"{result.Options.Draws} draws from N(b, V), seed {result.Options.Seed}; unset variables at their {result.Options.Others.ToString().ToLowerInvariant()} (text: mode).";
        return format switch
        {
            TableFormat.Text => Text(header, rows, note),
            TableFormat.Markdown => Markdown(header, rows, note),
            TableFormat.Latex => Latex(header, rows, note),
            TableFormat.Html => Html(header, rows, note),
            TableFormat.Csv => Csv(result),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown table format."),
        };
    }

    private static string Text(string[] header, string[][] rows, string note)
    {
        var widths = header.Select((h, j) => Math.Max(h.Length, rows.Select(r => r[j].Length).DefaultIfEmpty(0).Max())).ToArray();
        var sb = new StringBuilder();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, j) => j == 0 ? c.PadRight(widths[j]) : c.PadLeft(widths[j])));
        var rule = new string('-', widths.Sum() + (2 * (widths.Length - 1)));
        sb.AppendLine(rule).AppendLine(Line(header)).AppendLine(rule);
        foreach (var r in rows)
        {
            sb.AppendLine(Line(r));
        }

        sb.AppendLine(rule).AppendLine(note);
        return sb.ToString();
    }

    private static string Markdown(string[] header, string[][] rows, string note)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", header.Select(MarkdownTableWriter.Escape)).AppendLine(" |");
        sb.Append("|:---|").AppendJoin(string.Empty, header.Skip(1).Select(_ => "---:|")).AppendLine();
        foreach (var r in rows)
        {
            sb.Append("| ").AppendJoin(" | ", r.Select(MarkdownTableWriter.Escape)).AppendLine(" |");
        }

        return sb.AppendLine().AppendLine(MarkdownTableWriter.Escape(note)).ToString();
    }

    private static string Latex(string[] header, string[][] rows, string note)
    {
        var sb = new StringBuilder();
        sb.Append("\\begin{tabular}{l").Append('r', header.Length - 1).AppendLine("}").AppendLine("\\hline");
        sb.AppendJoin(" & ", header.Select(LatexTableWriter.Escape)).AppendLine(" \\\\").AppendLine("\\hline");
        foreach (var r in rows)
        {
            sb.AppendJoin(" & ", r.Select(LatexTableWriter.Escape)).AppendLine(" \\\\");
        }

        sb.AppendLine("\\hline");
        sb.Append("\\multicolumn{").Append(header.Length).Append("}{l}{\\footnotesize ").Append(LatexTableWriter.Escape(note)).AppendLine("} \\\\");
        return sb.AppendLine("\\end{tabular}").ToString();
    }

    private static string Html(string[] header, string[][] rows, string note)
    {
        var sb = new StringBuilder("<table class=\"caravan-simulation\">\n  <thead><tr>");
        foreach (var h in header)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.AppendLine("</tr></thead>").AppendLine("  <tbody>");
        foreach (var r in rows)
        {
            sb.Append("    <tr>");
            foreach (var c in r)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(c)).Append("</td>");
            }

            sb.AppendLine("</tr>");
        }

        sb.AppendLine("  </tbody>");
        sb.Append("  <tfoot><tr><td colspan=\"").Append(header.Length).Append("\">").Append(WebUtility.HtmlEncode(note)).AppendLine("</td></tr></tfoot>");
        return sb.AppendLine("</table>").ToString();
    }

    private static string Csv(SimulationResult result)
    {
        var sb = new StringBuilder("quantity,mean,sd,median,lower,upper,level,draws,seed\n");
        foreach (var q in result.All())
        {
            sb.Append(CsvCoefficientWriter.Quote(q.Name));
            foreach (var v in new[] { q.Mean, q.StdDev, q.Median, q.Lower, q.Upper, result.Options.Level })
            {
                sb.Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append(',').Append(result.Options.Draws.ToString(CultureInfo.InvariantCulture))
              .Append(',').Append(result.Options.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }
}
