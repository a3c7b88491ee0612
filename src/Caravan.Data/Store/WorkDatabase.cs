using DuckDB.NET.Data;

namespace Caravan.Data.Store;

/// <summary>
/// Where an in-memory store builds its large intermediate tables (panel universes and step tables): a scratch DuckDB
/// file in the temp folder, attached to the store's connection on first use and deleted with the store. DuckDB keeps
/// in-memory tables uncompressed; in a database file the same tables are stored compressed (bit-packing, RLE,
/// dictionary, ALP), about 6 times smaller for a world panel, so a world build stays well inside the memory limit
/// instead of spilling to disk. A persistent store builds them in its temp schema, as before.
/// </summary>
internal sealed class WorkDatabase : IDisposable
{
    /// <summary>The alias of the attached scratch database.</summary>
    public const string Alias = "caravan_work";

    private readonly DuckDBConnection connection;

    private WorkDatabase(DuckDBConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The scratch file.</summary>
    public string Path { get; }

    /// <summary>"caravan_work.main." — the qualifier of a table in the scratch database.</summary>
    public static string Qualifier => $"{Alias}.main.";

    /// <summary>Creates and attaches a fresh scratch file (no WAL: nothing in it outlives the store).</summary>
    public static WorkDatabase Attach(DuckDBConnection connection)
    {
        RemoveOrphans();
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"caravan-work-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"ATTACH {CaravanStore.Literal(path)} AS {Alias} (RECOVERY_MODE no_wal_writes)";
        cmd.ExecuteNonQuery();
        return new WorkDatabase(connection, path);
    }

    /// <summary>
    /// Deletes scratch files left by killed processes: caravan-work-PID-*.duckdb (and .wal) in the temp folder whose PID
    /// is no running process. A file of a live process (another caravan, or this one) is left alone.
    /// </summary>
    internal static int RemoveOrphans()
    {
        var removed = 0;
        string[] files;
        try
        {
            files = Directory.GetFiles(System.IO.Path.GetTempPath(), "caravan-work-*.duckdb*");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var f in files)
        {
            var parts = System.IO.Path.GetFileName(f).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(f);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Detaches the scratch database (if the connection is still open) and deletes its files.</summary>
    public void Dispose()
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = $"DETACH {Alias}";
                cmd.ExecuteNonQuery();
            }
        }
        catch (DuckDBException)
        {
            // the files are removed below either way
        }

        foreach (var f in new[] { Path, Path + ".wal" })
        {
            try
            {
                File.Delete(f);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
