using System.CommandLine;

namespace Caravan.Cli.Hosting;

/// <summary>
/// How Caravan parses its command line. Response files are off: an argument starting with '@' is that text
/// (a country "@x", a schema "@file" that the command itself reads), never a file silently expanded into
/// arguments and echoed back in an error.
/// </summary>
internal static class CliParsing
{
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = null };
}
