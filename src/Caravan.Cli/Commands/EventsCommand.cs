using System.CommandLine;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan events ingest|aggregate</c>: the raw event-data pipeline (docs/events.md).</summary>
internal static class EventsCommand
{
    public const int InvalidInputExitCode = 2;

    internal static Command Create()
    {
        var command = new Command("events", "Raw GDELT/ICEWS event files: ingest into a Parquet event store, aggregate to dyad-years/-months/-days.");
        command.Subcommands.Add(EventsIngestCommand.Create());
        command.Subcommands.Add(EventsAggregateCommand.Create());
        return command;
    }
}
