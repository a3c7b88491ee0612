using System.Data.Common;
using Caravan.Core.Frames;
using DuckDB.NET.Data;

namespace Caravan.Data.Store;

/// <summary>
/// The embedded store: DuckDB (in memory, or an optional persistent file) with one VIEW per shipped
/// <c>data/*.parquet</c> table (view name = file name). No set-up, no server.
/// </summary>
public sealed class CaravanStore : IDisposable
{
    private readonly HashSet<string> shipped = new(StringComparer.OrdinalIgnoreCase);
    private int tempCounter;
    private WorkDatabase? work;

    private CaravanStore(DuckDBConnection connection, string dataDirectory, string? storeFile)
    {
        Connection = connection;
        DataDirectory = dataDirectory;
        StoreFile = storeFile;
    }

    /// <summary>The open DuckDB connection (for joins and imports).</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The folder the shipped tables were read from.</summary>
    public string DataDirectory { get; }

    /// <summary>The persistent store file, or null when in memory.</summary>
    public string? StoreFile { get; }

    /// <summary>Names of the shipped tables (views over data/*.parquet), sorted.</summary>
    public IReadOnlyList<string> ShippedTables => [.. shipped.Order(StringComparer.Ordinal)];

    /// <summary>Opens the store. Fast: views only; nothing is read until queried.</summary>
    public static CaravanStore Open(StoreOptions? options = null)
    {
        options ??= new StoreOptions();
        string dir;
        try
        {
            dir = options.DataDirectory is null ? Sources.DataDirectory.Locate() : Path.GetFullPath(options.DataDirectory);
        }
        catch (Sources.DataDirectoryNotFoundException e)
        {
            throw new StoreException(e.Message, e);
        }

        if (!Directory.Exists(dir))
        {
            throw new StoreException($"Data folder {dir} does not exist.");
        }

        string source = ":memory:";
        if (options.StoreFile is not null)
        {
            source = Path.GetFullPath(options.StoreFile);
            if (StoreFiles.Problem(source) is { } problem)
            {
                throw new StoreException(problem);
            }
        }

        var connection = new DuckDBConnection(source == ":memory:" ? "DataSource=:memory:" : StoreFiles.ConnectionString(source));
        try
        {
            connection.Open();
        }
        catch (Exception e)
        {
            connection.Dispose();
            throw new StoreException(StoreFiles.IsLockConflict(e) ? StoreFiles.InUse(source) : $"Cannot open the store {source}: {e.Message}", e);
        }

        var store = new CaravanStore(connection, dir, options.StoreFile is null ? null : source);
        try
        {
            if (options.MemoryLimit is not null)
            {
                var spill = Path.Combine(Path.GetTempPath(), $"caravan-duckdb-{Environment.ProcessId}");
                store.Execute($"SET memory_limit = {Literal(options.MemoryLimit)}; SET temp_directory = {Literal(spill)}");
            }

            store.CreateViews();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private void CreateViews()
    {
        var userTables = new HashSet<string>(
            QueryColumn<string>("SELECT table_name FROM duckdb_tables() WHERE NOT temporary"), StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(DataDirectory, "*.parquet").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!IsIdentifier(name))
            {
                continue;
            }

            if (userTables.Contains(name))
            {
                // it would silently replace the shipped table while codebooks and cite still name the original
                throw new StoreException(
                    $"The store {StoreFile} has a table '{userTables.First(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase))}' named like the shipped table {name}. " +
                    $"Rename it (in DuckDB: ALTER TABLE \"{name}\" RENAME TO my_{name}) or re-import it under another name.");
            }

            Execute($"CREATE OR REPLACE {(StoreFile is null ? string.Empty : "TEMP ")}VIEW {Quote(name)} AS SELECT * FROM read_parquet({Literal(file)})");
            shipped.Add(name);
        }
    }

    /// <summary>True when a table or view of that name exists (shipped, imported or built).</summary>
    public bool HasTable(string name) =>
        Convert.ToInt64(Scalar($"SELECT count(*) FROM (SELECT table_name AS n FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()) WHERE lower(n) = lower({Literal(name)})"),
            System.Globalization.CultureInfo.InvariantCulture) > 0;

    /// <summary>Throws a clear error when a required table is not in the store.</summary>
    public void RequireTable(string name, string neededFor)
    {
        if (!HasTable(name))
        {
            throw new StoreException(
                $"Table '{name}' (needed for {neededFor}) is not in the store; expected {Path.Combine(DataDirectory, name + ".parquet")}.");
        }
    }

    /// <summary>Column names of a table or view, in order.</summary>
    public IReadOnlyList<string> ColumnsOf(string table) =>
        QueryColumn<string>($"SELECT column_name FROM (DESCRIBE SELECT * FROM {Quote(table)})");

    /// <summary>Runs a statement; returns the affected row count.</summary>
    public int Execute(string sql) => Execute(Connection, sql);

    /// <summary>Runs a statement on <paramref name="connection"/> (e.g. a duplicate of <see cref="Connection"/>); returns the affected row count.</summary>
    internal static int Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        try
        {
            return cmd.ExecuteNonQuery();
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"Query failed: {e.Message}\n  SQL: {Shorten(sql)}", e);
        }
    }

    /// <summary>Runs a query and returns the first column of the first row (null when none).</summary>
    public object? Scalar(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        try
        {
            var v = cmd.ExecuteScalar();
            return v is DBNull ? null : v;
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"Query failed: {e.Message}\n  SQL: {Shorten(sql)}", e);
        }
    }

    /// <summary>Runs a query and hands each row to <paramref name="row"/>.</summary>
    public void Query(string sql, Action<DbDataReader> row)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        try
        {
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                row(reader);
            }
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"Query failed: {e.Message}\n  SQL: {Shorten(sql)}", e);
        }
    }

    /// <summary>The first column of a query's result as a list.</summary>
    public IReadOnlyList<T> QueryColumn<T>(string sql)
    {
        var list = new List<T>();
        Query(sql, r => list.Add(r.IsDBNull(0) ? default! : (T)Convert.ChangeType(r.GetValue(0), typeof(T), System.Globalization.CultureInfo.InvariantCulture)));
        return list;
    }

    /// <summary>Runs a query and returns its result as a <see cref="Frame"/>.</summary>
    public Frame ReadFrame(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        try
        {
            using var reader = cmd.ExecuteReader();
            return FrameReader.Read(reader);
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"Query failed: {e.Message}\n  SQL: {Shorten(sql)}", e);
        }
    }

    /// <summary>A fresh name for a temporary table ("_caravan_prefix_N").</summary>
    /// <remarks>Prefixed with <see cref="ReservedPrefix"/> (a name no imported table may take), so a user's table is never clobbered.</remarks>
    public string NewTempName(string prefix) => $"{ReservedPrefix}{prefix}_{Interlocked.Increment(ref tempCounter)}";

    /// <summary>
    /// A fresh, quoted and qualified name for a large intermediate table (a panel universe or step table), to be made with
    /// CREATE TABLE: in the compressed scratch database of an in-memory store (<see cref="WorkDatabase"/>), in the temp
    /// schema of a persistent store. Dropped by its user; the scratch database goes with the store.
    /// </summary>
    public string NewWorkTable(string prefix)
    {
        var name = Quote(NewTempName(prefix));
        if (StoreFile is not null)
        {
            return "temp.main." + name;
        }

        work ??= WorkDatabase.Attach(Connection);
        return WorkDatabase.Qualifier + name;
    }

    /// <summary>Creates (or replaces) the work table <paramref name="relation"/> (from <see cref="NewWorkTable"/>) as the result of a query.</summary>
    public void CreateWorkTable(string relation, string query) => Execute(CreateWorkTableSql(relation, query));

    /// <summary>The statement of <see cref="CreateWorkTable"/>.</summary>
    internal static string CreateWorkTableSql(string relation, string query) =>
        $"CREATE OR REPLACE {(relation.StartsWith("temp.", StringComparison.Ordinal) ? "TEMP " : string.Empty)}TABLE {relation} AS {query}";


    /// <summary>Names Caravan keeps for its own temporary tables; imports refuse them.</summary>
    public const string ReservedPrefix = "_caravan_";

    /// <summary>Double-quotes an identifier for SQL.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Single-quotes a string literal for SQL.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static string Shorten(string sql) => sql.Length <= 600 ? sql : sql[..600] + " ...";

    public void Dispose()
    {
        work?.Dispose();
        Connection.Dispose();
    }
}
