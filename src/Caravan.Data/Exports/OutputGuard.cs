using Caravan.Data.Sources;

namespace Caravan.Data.Exports;

/// <summary>
/// What an output path may not be: one of the command's own inputs (the data would be replaced by the result),
/// or anything inside the shipped data folder (nothing is written into data/ at run time).
/// </summary>
public static class OutputGuard
{
    /// <summary>Throws when <paramref name="output"/> is the same file as one of <paramref name="inputs"/>.</summary>
    public static void RefuseInputAsOutput(string? output, string outputOption, IEnumerable<(string? Path, string Option)> inputs)
    {
        if (output is null)
        {
            return;
        }

        var target = Canonical(output);
        foreach (var (path, option) in inputs)
        {
            if (path is not null && string.Equals(Canonical(path), target, StringComparison.Ordinal))
            {
                throw new ExportException($"{outputOption} {output} is the {option} file itself: writing there would replace the data. Choose another output name; nothing was written.");
            }
        }
    }

    /// <summary>Throws when <paramref name="output"/> lies inside the shipped data folder.</summary>
    public static void RefuseDataFolder(string output, string outputOption)
    {
        string data;
        try
        {
            data = Canonical(DataDirectory.Locate());
        }
        catch (DataDirectoryNotFoundException)
        {
            return;
        }

        var target = Canonical(output);
        if (target.StartsWith(data.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ExportException(
                $"{outputOption} {output} is inside the shipped data folder {data}: Caravan never writes there at run time (a later panel would read it as a shipped table). Write it elsewhere, e.g. out/.");
        }
    }

    /// <summary>The full path with symbolic links resolved (file and folders).</summary>
    internal static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var dir = Path.GetDirectoryName(full);
            if (dir is not null && Directory.Exists(dir))
            {
                var resolvedDir = new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? ResolveParents(dir);
                full = Path.Combine(resolvedDir, Path.GetFileName(full));
            }

            if (File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                full = target.FullName;
            }
        }
        catch (IOException)
        {
        }

        return full;
    }

    private static string ResolveParents(string dir)
    {
        var parent = Path.GetDirectoryName(dir);
        if (parent is null)
        {
            return dir;
        }

        var resolved = new DirectoryInfo(parent).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? ResolveParents(parent);
        return Path.Combine(resolved, Path.GetFileName(dir));
    }
}
