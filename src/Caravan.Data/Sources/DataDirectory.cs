namespace Caravan.Data.Sources;

/// <summary>
/// Locates the shipped data folder (the folder holding SOURCES.md and the *.parquet tables):
/// the environment variable CARAVAN_DATA if set, else the first folder named data/ with a SOURCES.md
/// found walking up from <see cref="AppContext.BaseDirectory"/>, then from the current directory.
/// </summary>
public static class DataDirectory
{
    /// <summary>Environment variable that overrides the search (must point at the data folder itself).</summary>
    public const string EnvironmentVariable = "CARAVAN_DATA";

    /// <summary>The marker file that identifies the data folder.</summary>
    public const string MarkerFile = "SOURCES.md";

    /// <summary>Returns the full path of the data folder; throws <see cref="DataDirectoryNotFoundException"/> if none is found.</summary>
    public static string Locate() =>
        Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), [AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);

    internal static string Locate(string? overridePath, IReadOnlyList<string> startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            var full = Path.GetFullPath(overridePath);
            if (!File.Exists(Path.Combine(full, MarkerFile)))
            {
                throw new DataDirectoryNotFoundException(
                    $"{EnvironmentVariable} is set to '{overridePath}', but '{Path.Combine(full, MarkerFile)}' does not exist. " +
                    $"Point {EnvironmentVariable} at the repository's data/ folder (the one containing {MarkerFile}).");
            }

            return full;
        }

        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, MarkerFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DataDirectoryNotFoundException(
            $"Could not find the Caravan data folder: no 'data/{MarkerFile}' in any parent of " +
            $"{string.Join(" or ", startDirectories.Select(s => $"'{s}'"))}. " +
            $"Run from inside the repository or set {EnvironmentVariable} to the data/ folder.");
    }
}
