using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;

namespace Caravan.Analysis;

/// <summary>What produced a study: Caravan's version and commit, the seed, the data versions and the command line.</summary>
/// <param name="Version">Caravan's informational version.</param>
/// <param name="Commit">The git commit of the working tree (with "+dirty" if it has uncommitted changes; "unknown" without git).</param>
/// <param name="Seed">Simulation seed.</param>
/// <param name="DataVersions">The versions of the source data sets, and a digest of data/SOURCES.md.</param>
/// <param name="CommandLine">The command line that ran the study (null when called as a library).</param>
public sealed record StudyProvenance(string Version, string Commit, int Seed, string DataVersions, string? CommandLine)
{
    /// <summary>The source versions the study's tables come from (data/SOURCES.md has the details).</summary>
    public const string SourceVersions =
        "COW states 2016, COW MID 5.0 (to 2014), COW trade 4.0 (to 2014), COW IGO 3.0 (to 2014), COW NMC 7.0 (to 2022), ATOP 5.1 (to 2018), "
        + "V-Dem v16 polyarchy, UCDP/PRIO ACD (to 2024), WDI GDP (to 2023), IMF DOTS (to 2020), Central Asian national statistics (to 2023), "
        + "ICEWS (2002-2014), GDELT 2.0 (2018-2024), AidData GCDF 3.0, AEI CGIT, GEM pipelines 2024, SCO and AIIB membership (curated, to 2024)";

    public static StudyProvenance Collect(StudyOptions options, string dataDirectory)
    {
        var version = typeof(StudyProvenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var sources = Path.Combine(dataDirectory, "SOURCES.md");
        var digest = File.Exists(sources) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sources)))[..12] : "none";
        return new StudyProvenance(version, GitCommit(Path.GetDirectoryName(Path.GetFullPath(dataDirectory)) ?? "."), options.Seed,
            $"{SourceVersions}; data/SOURCES.md sha256 {digest}", options.CommandLine);
    }

    private static string GitCommit(string directory)
    {
        string? Git(string args)
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo("git", $"-C \"{directory}\" {args}")
                {
                    RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                });
                if (p is null)
                {
                    return null;
                }

                var text = p.StandardOutput.ReadToEnd().Trim();
                p.WaitForExit(5000);
                return p.ExitCode == 0 ? text : null;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
            {
                return null;
            }
        }

        var head = Git("rev-parse --short=12 HEAD");
        if (head is null)
        {
            return "unknown";
        }

        var dirty = Git("status --porcelain --untracked-files=no");
        return string.IsNullOrEmpty(dirty) ? head : head + "+dirty";
    }
}
