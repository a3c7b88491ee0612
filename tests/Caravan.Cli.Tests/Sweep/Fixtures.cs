using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Caravan.Cli.Tests.Sweep;

/// <summary>Generators of the good data the bad cases are made from (deterministic, seeded).</summary>
public static class Fixtures
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>g (4 levels), x (sd 1), xo = x + 1e5, y = 1 + 2x + noise, w (positive weights).</summary>
    public static string Csv(int n = 200, int seed = 7)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder("g,x,xo,y,w\n");
        for (var i = 0; i < n; i++)
        {
            var x = Normal(rng);
            var y = 1 + (2 * x) + (0.5 * Normal(rng));
            sb.Append(Inv, $"g{i % 4},{x:R},{x + 1e5:R},{y:R},{0.5 + rng.NextDouble():R}\n");
        }

        return sb.ToString();
    }

    /// <summary>The lines of <see cref="Csv"/> with line <paramref name="line"/> (1 = header) replaced.</summary>
    public static string CsvWithLine(int line, Func<string, string> change, int n = 200)
    {
        var lines = Csv(n).Split('\n').ToList();
        lines[line - 1] = change(lines[line - 1]);
        return string.Join('\n', lines);
    }

    public static double Normal(Random rng)
    {
        var u1 = 1 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Writes a Parquet file with DuckDB from a SELECT.</summary>
    public static string Parquet(string path, string select)
    {
        using var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"COPY ({select}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        cmd.ExecuteNonQuery();
        return path;
    }

    /// <summary>A Parquet file with two int columns named exactly as given (DuckDB would rename a repeated name).</summary>
    public static string ParquetTwoColumns(string path, string first, string second)
    {
        var a = new global::Parquet.Schema.DataField<int>(first);
        var b = new global::Parquet.Schema.DataField<int>(second);
        using var stream = File.Create(path);
        WriteAsync(stream, a, b).GetAwaiter().GetResult();
        return path;

        static async Task WriteAsync(Stream stream, global::Parquet.Schema.DataField<int> a, global::Parquet.Schema.DataField<int> b)
        {
            await using var writer = await global::Parquet.ParquetWriter.CreateAsync(new global::Parquet.Schema.ParquetSchema(a, b), stream).ConfigureAwait(false);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(a, (ReadOnlyMemory<int>)new int[] { 1, 2 }).ConfigureAwait(false);
            await group.WriteAsync(b, (ReadOnlyMemory<int>)new int[] { 3, 4 }).ConfigureAwait(false);
        }
    }

    /// <summary>Tables of a DuckDB store file (main schema), or null when it cannot be opened.</summary>
    public static IReadOnlyList<string>? StoreTables(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var c = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1";
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    public static long StoreCount(string store, string table)
    {
        using var c = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = store }.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return Convert.ToInt64(cmd.ExecuteScalar(), Inv);
    }

    /// <summary>The coefficient table a `fit --out x.csv` wrote: term → estimate.</summary>
    public static Dictionary<string, double> Coefficients(string csv) =>
        File.ReadAllLines(csv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(f => f[0].Trim('"'), f => double.Parse(f[1], Inv));
}
