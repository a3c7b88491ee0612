namespace Caravan.Data.Store;

/// <summary>
/// DuckDB's readers expand glob characters (* ? [ ] { }) in a path. A user's path is a path: when it contains
/// them, DuckDB is given a symbolic link without them in a private temporary folder, pointing at the file itself.
/// </summary>
internal sealed class LiteralPath : IDisposable
{
    private static readonly char[] GlobCharacters = ['*', '?', '[', ']', '{', '}'];
    private readonly string? folder;

    public LiteralPath(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (full.IndexOfAny(GlobCharacters) < 0)
        {
            Path = full;
            return;
        }

        folder = Directory.CreateTempSubdirectory("caravan-path-").FullName;
        var ext = new string(System.IO.Path.GetExtension(full).Where(c => Array.IndexOf(GlobCharacters, c) < 0).ToArray());
        Path = System.IO.Path.Combine(folder, "input" + ext);
        File.CreateSymbolicLink(Path, full);
    }

    /// <summary>The path to hand to DuckDB (no glob characters).</summary>
    public string Path { get; }

    public void Dispose()
    {
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
