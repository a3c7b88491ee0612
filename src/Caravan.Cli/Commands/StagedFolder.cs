namespace Caravan.Cli.Commands;

/// <summary>
/// A report is written into a hidden staging folder beside its target and moved in only when complete, so a
/// run that fails (a full disk, bad data) leaves the previous report intact, not a half-filled folder.
/// Staging folders of killed runs are removed by the next run.
/// </summary>
internal sealed class StagedFolder : IDisposable
{
    private readonly string target;

    public StagedFolder(string target)
    {
        this.target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(this.target.TrimEnd(Path.DirectorySeparatorChar)) ?? this.target;
        var name = Path.GetFileName(this.target.TrimEnd(Path.DirectorySeparatorChar));
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging.*"))
        {
            if (int.TryParse(Path.GetFileName(stale).Split('.')[^1], out var pid) && !IsRunning(pid))
            {
                TryDelete(stale);
            }
        }

        Folder = Path.Combine(parent, $".{name}.staging.{Environment.ProcessId}");
        TryDelete(Folder);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Where to write.</summary>
    public string Folder { get; }

    /// <summary>A path inside the staging folder, as it will be once moved into the target.</summary>
    public string Final(string staged) => staged.Replace(Folder, target, StringComparison.Ordinal);

    /// <summary>Moves every file into the target folder (replacing files of the same name; others are kept).</summary>
    public void Commit()
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var destination = Final(file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(file, destination, overwrite: true);
        }
    }

    public void Dispose() => TryDelete(Folder);

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
