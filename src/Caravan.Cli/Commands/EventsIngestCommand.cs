using System.CommandLine;
using System.Globalization;
using Caravan.Data.Events;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan events ingest PATH... --store DIR [--format F] [--strict]</c>.</summary>
internal static class EventsIngestCommand
{
    internal static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files, folders (recursive), zips or quoted globs ('raw/**/*.export.CSV.zip', 'icews/2018*.tab').",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = new Option<string>("--store") { Description = "Event store folder (created if missing).", Required = true };
        var format = new Option<string?>("--format") { Description = "gdelt1 | gdelt2 | gdelt2-mentions | icews (default: detect from each file's first line)." };
        var strict = new Option<bool>("--strict") { Description = "Fail (and write nothing) on any malformed row." };
        var command = new Command("ingest", "Ingest raw GDELT 1.0/2.0 event and mention files and ICEWS .tab files into the event store (idempotent, atomic).");
        command.Arguments.Add(paths);
        command.Options.Add(store);
        command.Options.Add(format);
        command.Options.Add(strict);
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var f = parse.GetValue(format);
                var options = new IngestOptions(f is null ? null : EventFormats.Parse(f), parse.GetValue(strict));
                var r = EventIngest.Run(parse.GetValue(store)!, parse.GetValue(paths)!, options);
                Print(o, r, parse.GetValue(store)!);
                return 0;
            }
            catch (EventDataException e)
            {
                error.WriteLine(e.Message);
                error.WriteLine("The store was not changed.");
                return EventsCommand.InvalidInputExitCode;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
            {
                error.WriteLine(e.Message);
                error.WriteLine("The store was not changed.");
                return EventsCommand.InvalidInputExitCode;
            }
        });
        return command;
    }

    private static void Print(TextWriter o, IngestReport r, string store)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var f in r.Added)
        {
            o.WriteLine(string.Create(inv, $"  {f.Name}: {f.Format}, {f.Rows:N0} rows{(f.Malformed > 0 ? $", {f.Malformed:N0} malformed" : string.Empty)}"));
        }

        foreach (var s in r.AlreadyIngested)
        {
            o.WriteLine($"  {s}: already in the store (same content), skipped");
        }

        foreach (var s in r.Unrecognised)
        {
            o.WriteLine($"  {s}: not an event file (format not recognised), skipped");
        }

        o.WriteLine(string.Create(inv,
            $"ingested {r.Added.Count} file(s) into {store}: {r.Events:N0} events, {r.Mentions:N0} mentions, {r.MalformedCount:N0} malformed rows, {r.Bytes / 1e6:F1} MB in {r.Seconds:F1} s"));
        if (r.MalformedCount > 0)
        {
            o.WriteLine(string.Create(inv, $"malformed rows (first {r.Malformed.Count} of {r.MalformedCount:N0}; not ingested):"));
            foreach (var m in r.Malformed)
            {
                o.WriteLine($"  {m}");
            }
        }

        if (r.UnmappedCountries.Count > 0)
        {
            o.WriteLine(string.Create(inv,
                $"actor countries mapped to no COW state ({r.UnmappedCountries.Count} values, {r.UnmappedCountries.Values.Sum():N0} actor sides; kept with missing COW/ISO3):"));
            o.WriteLine("  " + string.Join(", ", r.UnmappedCountries.Take(40).Select(kv => string.Create(inv, $"{kv.Key} {kv.Value:N0}"))) +
                (r.UnmappedCountries.Count > 40 ? ", ..." : string.Empty));
        }
    }
}
