using System.Reflection;

namespace Caravan.Core.Provenance;

/// <summary>
/// Which Caravan produced an output: the version and the git commit embedded at build time (the SDK's
/// SourceRevisionId, carried in the assembly's InformationalVersion as "version+commit"). Every writer of
/// tables, codebooks and reports records <see cref="Stamp"/> (or the two fields) so that an output names
/// the code that made it. A build outside a git checkout reports the commit as "unknown".
/// </summary>
public static class BuildInfo
{
    private static readonly Lazy<(string Version, string Commit)> Parsed = new(Read);

    /// <summary>The product version, e.g. "0.9.0".</summary>
    public static string Version => Parsed.Value.Version;

    /// <summary>The full git commit hash of the build, or "unknown".</summary>
    public static string Commit => Parsed.Value.Commit;

    /// <summary>The first 12 characters of <see cref="Commit"/>.</summary>
    public static string ShortCommit => Commit.Length > 12 ? Commit[..12] : Commit;

    /// <summary>One line for footers and notes: "Caravan 0.9.0 (commit 2902c7c91240)".</summary>
    public static string Stamp => $"Caravan {Version} (commit {ShortCommit})";

    /// <summary>Splits an InformationalVersion "0.9.0+abc…" into version and commit.</summary>
    internal static (string Version, string Commit) Split(string? informational)
    {
        if (string.IsNullOrWhiteSpace(informational))
        {
            return ("0.0.0", "unknown");
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0
            ? (informational, "unknown")
            : (informational[..plus], informational[(plus + 1)..]);
    }

    private static (string, string) Read() =>
        Split(typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
}
