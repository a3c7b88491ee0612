using Caravan.Core.Frames;

namespace Caravan.Data.Store;

/// <summary>Reads a data file into a <see cref="Frame"/> by extension: .csv, .csv.gz (fast parallel reader) or .parquet.</summary>
public static class FrameReader
{
    public static Frame Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Data file '{path}' does not exist.", path);
        }

        var lower = path.ToLowerInvariant();
        try
        {
            if (lower.EndsWith(".parquet", StringComparison.Ordinal))
            {
                return ParquetFrameReader.Read(path);
            }

            if (lower.EndsWith(".csv", StringComparison.Ordinal) || lower.EndsWith(".csv.gz", StringComparison.Ordinal))
            {
                return CsvFrameReader.Read(path);
            }
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        throw new InvalidDataException($"{path}: unsupported file type; use .csv, .csv.gz or .parquet.");
    }
}
