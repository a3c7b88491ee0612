using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Panels.Joins;
using Caravan.Data.Store;
using Spectre.Console;
using Panel = Caravan.Data.Panels.Panel;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan panel</c>: build a state-year / dyad-year / directed dyad-year panel and write it with its codebook.</summary>
internal static class PanelCommand
{
    internal static Command Create()
    {
        var unit = new Option<string>("--unit") { Description = "state-year | dyad-year | directed-dyad-year", DefaultValueFactory = _ => "directed-dyad-year" };
        var years = new Option<string>("--years") { Description = "Year range, e.g. 1992-2020", DefaultValueFactory = _ => "1816-2020" };
        var states = new Option<string?>("--states") { Description = "Keep only these states (ISO3, COW code or name, comma-separated), e.g. CHN,KAZ,KGZ,TJK,TKM,UZB" };
        var with = new Option<string?>("--with") { Description = "Keep only dyads with one side in this set, e.g. CHN" };
        var system = new Option<string>("--system") { Description = "State system: cow | gw", DefaultValueFactory = _ => "cow" };
        var relevant = new Option<bool>("--relevant") { Description = "Politically relevant dyads only (contiguous or a major power)" };
        var steps = new Option<string>("--steps") { Description = $"all (the default steps) | every (all steps) | none | comma-separated, may include all: {string.Join(",", PanelBuilder.StepNames)}", DefaultValueFactory = _ => "all" };
        var mids = new Option<string>("--mids") { Description = "MID data: gml | cow", DefaultValueFactory = _ => "gml" };
        var conventions = new Option<string>("--conventions") { Description = "caravan | peacesciencer (where they differ; see docs/panel-conventions.md)", DefaultValueFactory = _ => "caravan" };
        var keepFalse = new Option<bool>("--keep-false-dyads") { Description = "Keep peacesciencer's false COW dyad-years (dropped by default)" };
        var store = new Option<string?>("--store") { Description = "Persistent DuckDB store file (default: in memory)" };
        var derive = new Option<string[]>("--derive") { Description = "Add a column name=expression (repeatable, in order), e.g. --derive \"lcap=log(cinc1/cinc2)\" --derive \"prevmid=l(gmlmidonset, 1)\"; documented in the codebook", AllowMultipleArgumentsPerToken = false };
        var joins = new Option<string[]>("--join") { Description = "Join your own table: FILE.csv|FILE.parquet|STORE_TABLE[:keys], keys e.g. iso3,year or ccode1,ccode2,year[,directed|undirected] (inferred when omitted); repeatable", AllowMultipleArgumentsPerToken = false };
        var joinCites = new Option<string[]>("--join-cite") { Description = "Citation of each --join table, in order (default: \"user data: FILE sha256 ...\")", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Output file: .csv, .parquet or .dta (codebook written beside)", Required = true };
        var eventStore = new Option<string?>("--event-store") { Description = "Event store folder (caravan events ingest): the events step adds its dyad-year measures" };

        var command = new Command("panel", "Build a state-year, dyad-year or directed dyad-year panel from the shipped data and write it with a codebook.");
        foreach (var o in new Option[] { unit, years, states, with, system, relevant, steps, mids, conventions, keepFalse, store, joins, joinCites, output, derive })
        {
            command.Options.Add(o);
        }

        command.Options.Add(eventStore);

        command.SetAction(parse =>
        {
            try
            {
                var range = YearRange.Parse(parse.GetValue(years)!);
                var sys = PanelOptions.System(parse.GetValue(system));
                var spec = new PanelSpec(PanelOptions.Unit(parse.GetValue(unit)), sys, range)
                {
                    States = parse.GetValue(states) is { } s ? PanelStates.Resolve(s, sys, range) : null,
                    With = parse.GetValue(with) is { } w ? PanelStates.Resolve(w, sys, range) : null,
                    PoliticallyRelevantOnly = parse.GetValue(relevant),
                    DropFalseDyads = !parse.GetValue(keepFalse),
                    EventStore = parse.GetValue(eventStore),
                    Mids = PanelOptions.Mids(parse.GetValue(mids)),
                    Conventions = PanelOptions.Conventions(parse.GetValue(conventions)),
                    Joins = UserJoins(parse.GetValue(joins) ?? [], parse.GetValue(joinCites) ?? []),
                };
                var stepNames = parse.GetValue(steps)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var outPath = parse.GetValue(output)!;
                var derivations = (parse.GetValue(derive) ?? []).Select(Derivation.Parse).ToList(); // bad syntax fails before the build
                ExportFormats.FromPath(outPath); // fail on a bad extension before the build
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!); // as analyze: make the output folder, before the build

                using var db = CaravanStore.Open(new StoreOptions(StoreFile: parse.GetValue(store)));
                var clock = Stopwatch.StartNew();
                var panel = PanelDerive.Apply(db, BuildWithProgress(db, spec, stepNames), derivations);
                var label = $"{spec.Unit switch { PanelUnit.StateYear => "state-year", PanelUnit.DyadYear => "dyad-year", _ => "directed dyad-year" }} panel {spec.Years}, {(sys == StateSystem.CorrelatesOfWar ? "COW" : "G-W")} states{(spec.PoliticallyRelevantOnly ? ", relevant dyads" : string.Empty)} (Caravan)";
                var info = new ExportInfo(label, "caravan " + ExportInfo.Quote(parse.Tokens.Select(t => t.Value)));
                PanelExporter.Write(db.Connection, panel.Table, outPath, panel.Codebook, info);
                var summary = PanelSummary.Of(db, panel);
                PrintSummary(panel, summary, outPath, clock.Elapsed);
                return 0;
            }
            catch (Exception e) when (e is PanelException or StoreException or ExportException or FormatException or ArgumentException
                or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static UserJoin[] UserJoins(string[] joins, string[] cites)
    {
        if (cites.Length > joins.Length)
        {
            throw new PanelException($"{cites.Length} --join-cite value(s) for {joins.Length} --join table(s): give one citation per --join, in order.");
        }

        return joins.Select((j, i) => UserJoin.Parse(j, i < cites.Length ? cites[i] : null)).ToArray();
    }

    private static Panel BuildWithProgress(CaravanStore db, PanelSpec spec, string[] steps)
    {
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            return PanelBuilder.Build(db, spec, steps, new LineProgress());
        }

        Panel? built = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("panel");
                built = PanelBuilder.Build(db, spec, steps, new BarProgress(task));
            });
        return built!;
    }

    private static void PrintSummary(Panel panel, PanelSummary s, string outPath, TimeSpan elapsed)
    {
        var unitName = panel.Spec.Unit == PanelUnit.StateYear ? "states" : "dyads";
        Console.WriteLine($"panel: {s.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows, {s.Units.ToString("N0", CultureInfo.InvariantCulture)} {unitName}, years {s.FirstYear}-{s.LastYear}, {s.Columns} columns ({elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)");
        Console.WriteLine($"wrote: {Path.GetFullPath(outPath)}");
        Console.WriteLine($"codebook: {Path.ChangeExtension(Path.GetFullPath(outPath), null)}.codebook.csv (and .md)");
        Console.WriteLine($"sources: {string.Join(", ", panel.SourceTables)}");
        foreach (var note in panel.Notes)
        {
            Console.WriteLine($"note: {note}");
        }
    }

    /// <summary>Plain progress lines for logs and pipes: "[3/15] mids ... 0.8 s".</summary>
    private sealed class LineProgress : IProgress<PanelProgress>
    {
        public void Report(PanelProgress value)
        {
            if (value.Finished)
            {
                Console.WriteLine($"[{value.Index}/{value.Total}] {value.Step} ... {value.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            }
        }
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<PanelProgress>
    {
        public void Report(PanelProgress value)
        {
            task.MaxValue = value.Total;
            task.Description = value.Step;
            task.Value = value.Finished ? value.Index : value.Index - 1;
        }
    }
}
