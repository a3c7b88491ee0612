using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Data.Panels;
using Caravan.Data.Sources;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Indicators;
using Caravan.Reporting.Report;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan analyze [--out DIR] [--seed N]</c>: the China–Central Asia study from the shipped data into out/.</summary>
internal static class AnalyzeCommand
{
    internal static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder for the report, tables and charts", DefaultValueFactory = _ => "out" };
        var seed = new Option<int>("--seed") { Description = "Seed of every simulation (same seed, same numbers)", DefaultValueFactory = _ => new StudyOptions().Seed };
        var draws = new Option<int>("--draws") { Description = "Simulation draws per quantity of interest", DefaultValueFactory = _ => 1000 };
        var reduced = new Option<bool>("--reduced") { Description = "Fast preview: politically relevant dyads 1992-2014 only, 100 draws (verdicts rest on one sample)" };
        var data = new Option<string?>("--data") { Description = "Data folder (default: the repository's data/, or CARAVAN_DATA)" };
        var focus = new Option<string>("--focus") { Description = "Focus state (ISO3)", DefaultValueFactory = _ => "CHN" };
        var partners = new Option<string>("--partners") { Description = "Partner states (ISO3, comma-separated)", DefaultValueFactory = _ => "KAZ,KGZ,TJK,TKM,UZB" };
        var years = new Option<string>("--years") { Description = "Years of the regional series, FIRST-LAST (clipped to the data)", DefaultValueFactory = _ => "1992-2024" };
        var command = new Command("analyze", "The China–Central Asia study (or --focus/--partners for any region): indicators, the six theories and their verdicts, predicted risk, scenarios; writes report.html, report.md, CSVs and charts.");
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(draws);
        command.Options.Add(reduced);
        command.Options.Add(data);
        command.Options.Add(focus);
        command.Options.Add(partners);
        command.Options.Add(years);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var isReduced = parse.GetValue(reduced);
            var commandLine = "caravan " + string.Join(" ", parse.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{t.Value}\"" : t.Value));
            StudyRegion region;
            try
            {
                region = StudyRegion.Parse(parse.GetValue(focus)!, parse.GetValue(partners)!, parse.GetValue(years)!);
            }
            catch (StudyInputException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }

            var options = new StudyOptions(parse.GetValue(seed), isReduced ? Math.Min(100, parse.GetValue(draws)) : parse.GetValue(draws), isReduced, parse.GetValue(data), commandLine, region);
            if (options.Draws < 2)
            {
                stderr.WriteLine("error: --draws must be at least 2.");
                return 2;
            }

            try
            {
                // before any work: the draws of the largest study model (≤ 64 coefficients and quantities)
                Caravan.Estimation.ResourceBudget.CheckDraws(parse.GetValue(draws), 64);
            }
            catch (Caravan.Estimation.EstimationException e)
            {
                stderr.WriteLine($"error: --draws: {e.Message}");
                return 2;
            }

            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                Directory.CreateDirectory(outDir);
                var probe = Path.Combine(outDir, $".caravan-write-test-{Environment.ProcessId}");
                File.WriteAllText(probe, "");
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                stderr.WriteLine($"error: cannot write to the output folder {outDir} ({e.Message}); choose another with --out.");
                return 2;
            }

            try
            {
                var result = ChinaCentralAsiaStudy.Run(options, new SyncProgress(clock, stdout));
                var files = StudyReport.Write(result, outDir, new SyncProgress(clock, stdout));
                stdout.WriteLine($"report: {files.Html}");
                stdout.WriteLine($"markdown: {files.Markdown}");
                stdout.WriteLine($"tables: {files.Csv.Count} CSV files; charts: {files.Png.Count} PNG + {files.Svg.Count} SVG in {Path.GetDirectoryName(files.Html)}");
                if (result.World is { } world)
                {
                    new SyncProgress(clock, stdout).Report("replication package: estimation samples (Parquet, .dta), replicate.R, replicate.do");
                    var package = Caravan.Analysis.Replication.ReplicationPackage.Write(result, world, outDir, result.Codebook);
                    stdout.WriteLine($"replication: {Path.Combine(outDir, Caravan.Analysis.Replication.ReplicationPackage.Folder)} ({package.Count} files)");
                }

                var (panel, panelFiles) = StudyPanelExport.Write(options.DataDirectory, outDir, result.LatestTradeYear, new SyncProgress(clock, stdout), region);
                stdout.WriteLine($"panel: {string.Join(", ", panelFiles)} ({panel.RowCount} dyad-years, {panel.Codebook.Count} columns; codebook beside each)");
                foreach (var v in result.Verdicts)
                {
                    stdout.WriteLine($"  {v.Theory.Name}: {StudyTables.Words(v.Overall)}");
                }

                stdout.WriteLine($"done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
                return 0;
            }
            catch (Exception e) when (e is StudyInputException or IndicatorInputException or PanelException or StoreException
                or DataDirectoryNotFoundException or EstimationException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static void Line(Stopwatch clock, string message, TextWriter writer)
    {
        var t = clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture).PadLeft(6);
        if (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.MarkupLine($"[grey]{t} s[/] {Markup.Escape(message)}");
        }
        else
        {
            writer.WriteLine($"{t} s  {message}");
        }
    }

    /// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Stopwatch clock, TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => Line(clock, value, writer);
    }
}
