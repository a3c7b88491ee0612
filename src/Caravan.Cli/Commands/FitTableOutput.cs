using Caravan.Estimation.Results;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>Prints a fitted model's regression table, and writes it to --out (format by extension, atomic).</summary>
internal static class FitTableOutput
{
    public static void Emit(FitResult fit, string? outPath, TextWriter console)
    {
        console.Write(RegressionTableRenderer.Render(fit, TableFormat.Text));
        foreach (var note in fit.Notes)
        {
            console.WriteLine("Note: " + note);
        }

        if (outPath is not null)
        {
            try
            {
                RegressionTableRenderer.FormatFor(outPath);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException("--out: " + e.Message, e);
            }

            RegressionTableRenderer.Write(outPath, [fit]);
            console.WriteLine($"Wrote {outPath}");
        }
    }
}
