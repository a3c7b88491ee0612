namespace Caravan.Data.Exports;

/// <summary>
/// Writes a file through a temporary file in the same folder, renamed over the target only when complete,
/// so a failure never leaves a half-written output.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Runs <paramref name="write"/> on a temporary path next to <paramref name="path"/>, then renames it into place.</summary>
    public static void Write(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new ExportException($"Cannot write '{path}': the folder '{folder}' does not exist.");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
}
