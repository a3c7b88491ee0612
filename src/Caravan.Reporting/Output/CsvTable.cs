using System.Globalization;
using System.Text;

namespace Caravan.Reporting.Output;

/// <summary>A table of cells destined for a CSV file in out/ (the trace of every number in the report).</summary>
/// <param name="Name">File name without extension, e.g. "verdicts".</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells: string, double (NaN → empty), int, or null (empty).</param>
public sealed record CsvTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public string FileName => Name + ".csv";

    /// <summary>RFC 4180 text; numbers in invariant culture with round-trip precision; missing values empty.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Header.Select(Quote)).Append('\n');
        foreach (var row in Rows)
        {
            if (row.Count != Header.Count)
            {
                throw new InvalidOperationException($"CSV '{Name}': a row has {row.Count} cells; the header has {Header.Count}.");
            }

            sb.AppendJoin(',', row.Select(Format)).Append('\n');
        }

        return sb.ToString();
    }

    public void Write(string directory) => AtomicFile.WriteAllText(Path.Combine(directory, FileName), ToCsv());

    public static string Format(object? cell) => cell switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Quote(cell.ToString() ?? ""),
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
