using System.CommandLine;
using Caravan.Cli.Commands;
using Caravan.Cli.Hosting;

namespace Caravan.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.SetError(TerminalSafeWriter.Wrap(Console.Error)); // echoed input never drives the terminal
        var root = new RootCommand("Caravan: economic interdependence and peace, China and Central Asia and the world.");
        // One command per file in Commands/; each exposes static Command Create().
        foreach (var command in CommandRegistry.All())
        {
            root.Subcommands.Add(command);
        }

        VersionAction.Install(root);
        return root.Parse(args, CliParsing.Configuration).Invoke();
    }
}
