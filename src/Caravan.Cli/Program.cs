using System.CommandLine;
using Caravan.Cli.Commands;

namespace Caravan.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Caravan: economic interdependence and peace, China and Central Asia and the world.");
        // One command per file in Commands/; each exposes static Command Create().
        foreach (var command in CommandRegistry.All())
        {
            root.Subcommands.Add(command);
        }

        VersionAction.Install(root);
        return root.Parse(args).Invoke();
    }
}
