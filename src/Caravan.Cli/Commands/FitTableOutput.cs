using Caravan.Estimation.Results;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>Prints the models' table with their notes, and writes it to each --out (format by extension, atomic, with provenance).</summary>
internal static class FitTableOutput
{
    public static void Emit(IReadOnlyList<FitResult> fits, RegressionTable table, IReadOnlyList<string> outPaths, TextWriter console)
    {
        console.Write(RegressionTableRenderer.Render(fits, TableFormat.Text, table));
        for (var i = 0; i < fits.Count; i++)
        {
            foreach (var note in fits[i].Notes)
            {
                console.WriteLine((fits.Count > 1 ? $"Note ({table.ModelNames?[i] ?? $"({i + 1})"}): " : "Note: ") + note);
            }
        }

        var fileTable = TableOptions.ForFile(table);
        foreach (var path in outPaths)
        {
            RegressionTableRenderer.Write(path, fits, fileTable);
            console.WriteLine($"Wrote {path}");
        }
    }
}
