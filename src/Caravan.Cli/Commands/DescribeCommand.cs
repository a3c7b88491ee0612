using System.CommandLine;
using Caravan.Core.Provenance;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Descriptive;
using Caravan.Reporting.Output;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>`caravan describe`: N, mean, SD, min, quantiles, max and missing share per variable, optionally by group.</summary>
internal static class DescribeCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "Data file: .csv, .csv.gz or .parquet.", Required = true };
    private static readonly Option<string?> Vars = new("--vars") { Description = "Variables, comma-separated (default: every column)." };
    private static readonly Option<string?> By = new("--by") { Description = "Group by this column." };
    private static readonly Option<int> Digits = new("--digits") { Description = "Decimals (default 3; CSV keeps full precision).", DefaultValueFactory = _ => 3 };
    private static readonly Option<string[]> Out = new("--out")
    {
        Description = "Write the table (repeatable): .txt, .md, .tex, .html, .csv. Checked before reading the data.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal static Command Create()
    {
        var cmd = new Command("describe", "Descriptive statistics: N, mean, sd, min, p25, median, p75, max and missing share per variable (optionally --by a group).");
        foreach (var o in new Option[] { Data, Vars, By, Digits, Out })
        {
            cmd.Options.Add(o);
        }

        cmd.SetAction(Run);
        return cmd;
    }

    private static int Run(ParseResult parse)
    {
        try
        {
            var outs = (parse.GetValue(Out) ?? []).Select(o => (Path: o, Format: GridOutput.FormatFor(o, "describe"))).ToArray();
            var frame = FrameReader.Read(parse.GetValue(Data)!);
            var vars = parse.GetValue(Vars)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var by = parse.GetValue(By);
            var rows = DescriptiveStatistics.Describe(frame, vars, by);
            var digits = parse.GetValue(Digits);
            Console.Write(GridWriter.Write(QuantityTables.Descriptive(rows, by, TableFormat.Text, digits), TableFormat.Text));
            foreach (var (path, format) in outs)
            {
                var g = QuantityTables.Descriptive(rows, by, format, digits);
                if (format != TableFormat.Csv)
                {
                    g = g with { Notes = [.. g.Notes, $"Data: {Path.GetFileName(parse.GetValue(Data))}; {BuildInfo.Stamp}"] };
                }

                AtomicFile.WriteAllText(path, GridWriter.Write(g, format));
                Console.WriteLine($"Wrote {path}");
            }

            return 0;
        }
        catch (Exception e) when (e is EstimationException or InvalidDataException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }
}
