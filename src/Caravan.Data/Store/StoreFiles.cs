using DuckDB.NET.Data;

namespace Caravan.Data.Store;

/// <summary>
/// A store path is a file name, never connection options, and only a DuckDB database file (or a new name) is
/// opened as a store: a CSV, Parquet or JSON file given by mistake is refused, not "imported into" in memory.
/// </summary>
public static class StoreFiles
{
    /// <summary>The connection string for a store file, with the path quoted (a ';' or '=' in it is part of the name).</summary>
    public static string ConnectionString(string path) => new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString;

    /// <summary>Null when <paramref name="path"/> can be a store (an existing DuckDB file or a new name in an existing folder), else why not.</summary>
    public static string? Problem(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"Store {full} is a folder; give a store file, e.g. {Path.Combine(full, "caravan.duckdb")}.";
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            return $"Store file {full}: the folder {folder} does not exist.";
        }

        if (!File.Exists(full))
        {
            return null;
        }

        if (InputFiles.Problem(full) is { } problem)
        {
            return $"Store {full} {problem}.";
        }

        // DuckDB database files carry "DUCK" at byte 8 of their header.
        Span<byte> head = stackalloc byte[12];
        int read;
        try
        {
            using var s = File.OpenRead(full);
            read = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"Store {full} cannot be read: {e.Message}";
        }

        return read == 12 && head[8..12].SequenceEqual("DUCK"u8)
            ? null
            : $"Store {full} is not a DuckDB store file (it is {(read == 0 ? "empty" : $"a {Describe(full)} file")}); give a new or existing .duckdb file. The file was not changed.";
    }

    /// <summary>True when a DuckDB error says another process holds the store's lock.</summary>
    public static bool IsLockConflict(Exception e) => e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);

    public static string InUse(string path) =>
        $"The store {Path.GetFullPath(path)} is in use by another process (another import or panel); nothing was changed. Try again when it has finished.";

    private static string Describe(string path)
    {
        var ext = Path.GetExtension(path).TrimStart('.');
        return ext.Length == 0 ? "non-DuckDB" : ext.ToUpperInvariant();
    }
}
