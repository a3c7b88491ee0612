using System.CommandLine;

namespace Caravan.Cli.Commands;

/// <summary>The list of verbs; each lives in its own file and is added here, one line each.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> All()
    {
        yield return PanelCommand.Create();
        yield return CiteCommand.Create();
        yield return FitCommand.Create();
        yield return AnalyzeCommand.Create();
        yield return CodesCommand.Create();
        yield return ImportCommand.Create();
        yield return SimCommand.Create();
        yield return DescribeCommand.Create();
        yield return EventsCommand.Create();
        yield return ServeCommand.Create();
        yield return ScenarioCommand.Create();
    }
}
