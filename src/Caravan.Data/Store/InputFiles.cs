namespace Caravan.Data.Store;

/// <summary>Checks that a path names a regular file before a reader opens it (a folder, device or pipe is not data).</summary>
public static class InputFiles
{
    /// <summary>Null when <paramref name="path"/> is a readable regular file, else the plain reason (without the path).</summary>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }

        if (!File.Exists(path))
        {
            return "does not exist";
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        }

        // A device (/dev/zero, /dev/urandom) or pipe reports length 0 and yet yields bytes: never read it to the end.
        if (info.Length == 0 && info.FullName.StartsWith("/dev/", StringComparison.Ordinal) && info.FullName != "/dev/null")
        {
            return "is not a regular file (a device)";
        }

        if (info.Length == 0)
        {
            try
            {
                using var s = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.None });
                Span<byte> one = stackalloc byte[1];
                if (s.Read(one) > 0)
                {
                    return "is not a regular file (a device or pipe)";
                }
            }
            catch (IOException e)
            {
                return "cannot be read: " + e.Message;
            }
            catch (UnauthorizedAccessException e)
            {
                return "cannot be read: " + e.Message;
            }
        }

        return null;
    }

    /// <summary>The whole file's bytes, or an <see cref="InvalidDataException"/> naming the path and the reason.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        if (Problem(path) is { } problem)
        {
            throw new InvalidDataException($"'{path}' {problem}.");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            throw new InvalidDataException($"Cannot read '{path}': {e.Message}", e);
        }
    }
}
