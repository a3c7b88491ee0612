using Parquet;

namespace Caravan.Data.Store;

/// <summary>The column names a Parquet file's schema declares, as written (DuckDB renames repeated names).</summary>
internal static class ParquetColumnNames
{
    /// <summary>The top-level field names, or null when the file cannot be read (the caller's reader reports why).</summary>
    public static IReadOnlyList<string>? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            using var _ = reader as IDisposable;
            return reader.Schema.Fields.Select(f => f.Name).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // corrupt or truncated: the reader that follows gives the message
        }
    }
}
