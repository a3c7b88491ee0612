namespace Caravan.Data.Store;

/// <summary>
/// Finds the shipped data folder: $CARAVAN_DATA, else the first <c>data/</c> folder holding parquet files
/// found walking up from the working directory and from the executable's folder.
/// </summary>
internal static class DataLocator
{
    public const string EnvironmentVariable = "CARAVAN_DATA";

    public static string Locate()
    {
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            return Directory.Exists(env)
                ? Path.GetFullPath(env)
                : throw new StoreException($"{EnvironmentVariable}={env}: no such folder.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.parquet").Any())
                {
                    return candidate;
                }
            }
        }

        throw new StoreException(
            $"Cannot find the shipped data: no data/*.parquet above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}. " +
            $"Run from the repository, or set {EnvironmentVariable}.");
    }
}
