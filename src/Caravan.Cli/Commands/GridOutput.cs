using Caravan.Reporting.Output;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>The --out check of the commands that write plain tables (describe, sim): format by extension, writable, before any work.</summary>
internal static class GridOutput
{
    /// <summary>The format of <paramref name="path"/> (.txt, .md, .tex, .html, .csv); errors start with "--out:".</summary>
    /// <param name="verb">The command, named in the error for a .docx target.</param>
    public static TableFormat FormatFor(string path, string verb)
    {
        TableFormat format;
        try
        {
            format = RegressionTableRenderer.FormatFor(path);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("--out: " + e.Message, e);
        }

        if (format == TableFormat.Docx)
        {
            throw new InvalidDataException($"--out: '{path}': {verb} writes .txt, .md, .tex, .html or .csv.");
        }

        try
        {
            OutputTarget.CheckWritable(path);
        }
        catch (IOException e)
        {
            throw new IOException("--out: " + e.Message, e);
        }

        return format;
    }
}
