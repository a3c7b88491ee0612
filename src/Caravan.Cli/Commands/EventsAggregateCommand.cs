using System.CommandLine;
using System.Globalization;
using Caravan.Core.Countries;
using Caravan.Core.Panels;
using Caravan.Data.Events;
using Caravan.Data.Events.Aggregation;
using Caravan.Data.Events.Engines;
using Caravan.Data.Exports;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan events aggregate --store DIR --out FILE [--unit dyad-year|dyad-month|dyad-day] [--directed] [filters] [--engine duckdb|clickhouse]</c>.</summary>
internal static class EventsAggregateCommand
{
    internal static Command Create()
    {
        var store = new Option<string>("--store") { Description = "Event store folder (made by 'events ingest').", Required = true };
        var output = new Option<string>("--out") { Description = "Output .csv, .parquet or .dta (codebook written beside it).", Required = true };
        var unit = new Option<string>("--unit") { Description = "dyad-year | dyad-month | dyad-day.", DefaultValueFactory = _ => "dyad-year" };
        var directed = new Option<bool>("--directed") { Description = "Directed dyads (source -> target); default non-directed." };
        var dedup = new Option<string>("--dedup") { Description = "none | event-id (default) | dyad-day-code.", DefaultValueFactory = _ => "event-id" };
        var states = new Option<string?>("--states") { Description = "Both sides in this list (names, ISO3 or COW codes), e.g. CHN,KAZ,KGZ,TJK,TKM,UZB; every dyad of the list appears in every covered period." };
        var with = new Option<string?>("--with") { Description = "At least one side in this list." };
        var years = new Option<string?>("--years") { Description = "Event years, e.g. 2013-2018." };
        var dataset = new Option<string?>("--dataset") { Description = "gdelt1, gdelt2, icews (comma list; default all, always reported per dataset)." };
        var stateActors = new Option<bool>("--state-actors") { Description = "Only events between state actors (the state, government, military, police, judiciary, legislature)." };
        var minMentions = new Option<int>("--min-mentions") { Description = "Minimum GDELT NumMentions (drops ICEWS rows)." };
        var minSources = new Option<int>("--min-sources") { Description = "Minimum GDELT NumSources (drops ICEWS rows)." };
        var rootOnly = new Option<bool>("--root-only") { Description = "GDELT root events only (ICEWS rows kept)." };
        var cameo = new Option<string?>("--cameo") { Description = "CAMEO codes or ranges, e.g. 14,18-20 or 040-046." };
        var engine = new Option<string>("--engine") { Description = "duckdb (default) | clickhouse.", DefaultValueFactory = _ => "duckdb" };
        var clickhouse = new Option<string?>("--clickhouse") { Description = $"ClickHouse shard HTTP URLs, comma-separated, initiator first (default ${ClickHouseSettings.UrlVariable} or {ClickHouseSettings.DefaultUrl})." };
        var command = new Command("aggregate", "Dyad-year/-month/-day event measures from the store: quad-class counts, Goldstein sums and means, net cooperation, coverage.");
        foreach (var o in new Option[] { store, output, unit, directed, dedup, states, with, years, dataset, stateActors, minMentions, minSources, rootOnly, cameo, engine, clickhouse })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var spec = new AggregationSpec
                {
                    Period = parse.GetValue(unit)!.ToLowerInvariant() switch
                    {
                        "dyad-year" or "year" => DyadPeriod.Year,
                        "dyad-month" or "month" => DyadPeriod.Month,
                        "dyad-day" or "day" => DyadPeriod.Day,
                        var u => throw new EventDataException($"--unit '{u}': use dyad-year, dyad-month or dyad-day."),
                    },
                    Directed = parse.GetValue(directed),
                    Dedup = parse.GetValue(dedup)!.ToLowerInvariant() switch
                    {
                        "none" => EventDedup.None,
                        "event-id" => EventDedup.EventId,
                        "dyad-day-code" => EventDedup.DyadDayCode,
                        var d => throw new EventDataException($"--dedup '{d}': use none, event-id or dyad-day-code."),
                    },
                    States = Codes(parse.GetValue(states)),
                    With = Codes(parse.GetValue(with)),
                    Years = parse.GetValue(years) is { } y ? YearRange.Parse(y) : null,
                    Datasets = List(parse.GetValue(dataset)).Select(d => EventFormats.Dataset(EventFormats.Parse(d))).Distinct().ToList(),
                    StateActorsOnly = parse.GetValue(stateActors),
                    MinMentions = parse.GetValue(minMentions),
                    MinSources = parse.GetValue(minSources),
                    RootOnly = parse.GetValue(rootOnly),
                    Cameo = List(parse.GetValue(cameo)).Select(CameoRange.Parse).ToList(),
                };
                var kind = parse.GetValue(engine)!.ToLowerInvariant() switch
                {
                    "duckdb" => EngineKind.DuckDb,
                    "clickhouse" => EngineKind.ClickHouse,
                    var e => throw new EventDataException($"--engine '{e}': use duckdb or clickhouse."),
                };
                var outPath = parse.GetValue(output)!;
                ExportFormats.FromPath(outPath); // a bad extension fails before the work
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!); // as panel and analyze: make the output folder
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var s = EventStore.Open(parse.GetValue(store)!);
                var rows = EventAggregator.Run(s, spec, kind, parse.GetValue(clickhouse) ?? ClickHouseSettings.ConfiguredUrl);
                DyadAggregateWriter.Write(rows, spec, parse.GetValue(output)!);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rows.Count:N0} dyad-periods ({rows.Sum(r => r.Events):N0} events) from {s.Manifest.Files.Count} ingested file(s) on {kind.ToString().ToLowerInvariant()} in {clock.Elapsed.TotalSeconds:F1} s: {parse.GetValue(output)}"));
                return 0;
            }
            catch (Exception e) when (e is EventDataException or ExportException or UnknownCountryException or FormatException or IOException)
            {
                error.WriteLine(e.Message);
                return EventsCommand.InvalidInputExitCode;
            }
        });
        return command;
    }

    private static List<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static HashSet<int>? Codes(string? text) => text is null ? null : List(text).Select(t => CountryCodes.Resolve(t).CowCode).ToHashSet();
}
