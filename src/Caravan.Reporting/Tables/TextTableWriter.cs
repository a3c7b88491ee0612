using System.Text;

namespace Caravan.Reporting.Tables;

/// <summary>Plain-text table (console): aligned columns, rules between blocks.</summary>
internal static class TextTableWriter
{
    public static string Write(TableModel t, RegressionTable o)
    {
        var m = t.Headers.Count;
        // Coefficient rows are decimal-aligned (stars and ')' after the number); other rows right-aligned.
        var coefRows = t.Rows.Select((r, i) => (r, i)).Where(x => x.r.Kind is TableBlock.Estimate or TableBlock.StdError).Select(x => x.i).ToArray();
        var columns = Enumerable.Range(0, m).Select(j =>
        {
            var cells = t.Rows.Select(r => r.Cells[j]).ToArray();
            var aligned = CellAlignment.Column(coefRows.Select(i => cells[i]).ToArray(), t.Headers[j], o.Stars);
            for (var c = 0; c < coefRows.Length; c++)
            {
                cells[coefRows[c]] = aligned[c];
            }

            return cells;
        }).ToArray();
        var labelWidth = t.Rows.Select(r => r.Label.Length).DefaultIfEmpty(0).Max();
        var widths = Enumerable.Range(0, m).Select(j => Math.Max(t.Headers[j].Length, columns[j].DefaultIfEmpty(string.Empty).Max(c => c.Length))).ToArray();
        var total = labelWidth + widths.Sum(w => w + 2);
        var rule = new string('-', total);
        var sb = new StringBuilder();
        if (t.Title is not null)
        {
            sb.AppendLine(t.Title);
        }

        sb.AppendLine(rule);
        sb.Append(new string(' ', labelWidth));
        for (var j = 0; j < m; j++)
        {
            sb.Append("  ").Append(t.Headers[j].PadLeft(widths[j]));
        }

        sb.AppendLine();
        sb.AppendLine(rule);
        TableBlock? previous = null;
        for (var i = 0; i < t.Rows.Count; i++)
        {
            var row = t.Rows[i];
            if (previous is not null && Group(previous.Value) != Group(row.Kind))
            {
                sb.AppendLine(rule);
            }

            previous = row.Kind;
            sb.Append(row.Label.PadRight(labelWidth));
            for (var j = 0; j < m; j++)
            {
                sb.Append("  ").Append(columns[j][i].PadLeft(widths[j]));
            }

            sb.AppendLine();
        }

        sb.AppendLine(rule);
        foreach (var line in t.Footnotes)
        {
            sb.AppendLine(line);
        }

        return sb.ToString();
    }

    internal static int Group(TableBlock b) => b switch
    {
        TableBlock.Info => 0,
        TableBlock.Estimate or TableBlock.StdError => 1,
        TableBlock.FixedEffect => 2,
        TableBlock.Vcov => 3,
        _ => 4,
    };
}
