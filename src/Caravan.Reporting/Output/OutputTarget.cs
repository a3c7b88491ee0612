namespace Caravan.Reporting.Output;

/// <summary>Checks that an output file can be written, before the (possibly long) work that produces it.</summary>
public static class OutputTarget
{
    /// <summary>
    /// Creates the folder of <paramref name="path"/> if needed and probes it with a temporary file;
    /// refuses a path that is an existing folder. Errors name the path.
    /// </summary>
    public static void CheckWritable(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a folder, not a file.");
        }

        var dir = Path.GetDirectoryName(full) ?? ".";
        var probe = Path.Combine(dir, $".caravan-probe-{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(probe, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot write '{path}': {e.Message}", e);
        }
        finally
        {
            if (File.Exists(probe))
            {
                File.Delete(probe);
            }
        }
    }
}
