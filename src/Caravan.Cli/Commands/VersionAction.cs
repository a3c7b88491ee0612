using System.CommandLine;
using System.CommandLine.Invocation;
using Caravan.Core.Provenance;

namespace Caravan.Cli.Commands;

/// <summary>`caravan --version`: the version and the git commit the binary was built from.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.WriteLine($"caravan {BuildInfo.Version} (commit {BuildInfo.Commit})");
        return 0;
    }

    /// <summary>Replaces the root command's default --version output (the bare InformationalVersion).</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }
    }
}
