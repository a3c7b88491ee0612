using System.Diagnostics;
using System.Globalization;

namespace Caravan.Data.Exports;

/// <summary>
/// Writes files through temporaries in the same folder (".name.PID.GUID.tmp"), renamed over the targets only
/// when every one is complete, so a failure (or a kill) never leaves a half-written output, nor a data file
/// without its codebook. Temporaries left by a killed run (their process is gone) are removed on the next write.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Runs <paramref name="write"/> on a temporary path next to <paramref name="path"/>, then renames it into place.</summary>
    public static void Write(string path, Action<string> write) => WriteAll([(path, write)]);

    public static void WriteText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));

    /// <summary>Writes every file to its temporary; only when all succeeded are they renamed into place (in order).</summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<string> Write)> files)
    {
        var temps = new List<(string Temp, string Full)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(full)!;
                if (!Directory.Exists(folder))
                {
                    throw new ExportException($"Cannot write '{path}': the folder '{folder}' does not exist.");
                }

                if (Directory.Exists(full))
                {
                    throw new ExportException($"Cannot write '{path}': a folder of that name is in the way.");
                }

                CleanStale(full);
                var temp = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
                temps.Add((temp, full));
                write(temp);
            }

            foreach (var (temp, full) in temps)
            {
                File.Move(temp, full, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"Cannot write '{files[Math.Max(0, temps.Count - 1)].Path}': {e.Message} Nothing was replaced.", e);
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>Removes temporaries of <paramref name="full"/> whose writing process no longer runs (killed, crashed, disk full).</summary>
    internal static void CleanStale(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        var prefix = "." + Path.GetFileName(full) + ".";
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, prefix + "*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var temp in candidates)
        {
            var middle = Path.GetFileName(temp)[prefix.Length..^".tmp".Length].Split('.');
            var stale = middle.Length switch
            {
                2 => int.TryParse(middle[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid),
                1 => File.GetLastWriteTimeUtc(temp) < DateTime.UtcNow.AddHours(-1), // written before temporaries carried the process id
                _ => false,
            };
            if (stale)
            {
                TryDelete(temp);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
