using System.Diagnostics;

namespace Caravan.Data.Tests.Events;

/// <summary>
/// The two loopback shards of tools/clickhouse/cluster.sh for the engine-agreement test: used when already up
/// (e.g. started by .ci/run), else started here and stopped again at the end.
/// </summary>
public sealed class ClickHouseCluster : IDisposable
{
    private readonly bool startedHere;

    public ClickHouseCluster()
    {
        if (!Installed)
        {
            return;
        }

        Url = Caravan.Data.Events.Engines.ClickHouseSettings.ConfiguredUrl;
        if (!Up())
        {
            Run("start");
            startedHere = true;
        }
    }

    public static bool Installed => File.Exists("/usr/sbin/clickhouse-server") || File.Exists("/usr/bin/clickhouse-server");

    public string Url { get; } = string.Empty;

    private bool Up()
    {
        using var engine = new Caravan.Data.Events.Engines.ClickHouseEventEngine(Url);
        return engine.Available;
    }

    private static void Run(string verb)
    {
        var script = Script();
        using var p = Process.Start(new ProcessStartInfo("bash", [script, verb]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {verb} failed ({p.ExitCode}): {output}");
        }
    }

    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var s = Path.Combine(dir.FullName, "tools", "clickhouse", "cluster.sh");
            if (File.Exists(s))
            {
                return s;
            }
        }

        throw new FileNotFoundException("tools/clickhouse/cluster.sh not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        if (startedHere)
        {
            Run("stop");
        }
    }
}

/// <summary>A fact that is skipped (not failed) when clickhouse-server is not installed.</summary>
public sealed class ClickHouseFactAttribute : FactAttribute
{
    public ClickHouseFactAttribute()
    {
        if (!ClickHouseCluster.Installed)
        {
            Skip = "clickhouse-server is not installed (apt-get install clickhouse-server; .ci/run installs it).";
        }
    }
}
