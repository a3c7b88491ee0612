using System.Reflection;

namespace Caravan.Data.Exports;

/// <summary>What an export says about itself: the Stata dataset label and the command that made it (both in every codebook).</summary>
/// <param name="DatasetLabel">The .dta dataset label (at most 80 characters are kept); null = the file name.</param>
/// <param name="CommandLine">The command line that produced the file; null = "(library call)".</param>
public sealed record ExportInfo(string? DatasetLabel = null, string? CommandLine = null)
{
    /// <summary>Caravan's version (assembly informational version, with the source revision when the build knows it).</summary>
    public static string CaravanVersion { get; } =
        typeof(ExportInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExportInfo).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The command line, or a placeholder.</summary>
    public string Command => CommandLine ?? "(library call)";

    /// <summary>A command line from arguments, quoting those with spaces or quotes.</summary>
    public static string Quote(IEnumerable<string> args) =>
        string.Join(" ", args.Select(a => a.Length > 0 && a.All(c => !char.IsWhiteSpace(c) && c is not '"' and not '\'') ? a : "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
}
