using System.Globalization;
using Caravan.Data.Sources;
using DuckDB.NET.Data;

namespace Caravan.Data.Tests.Sources;

/// <summary>Reads the shipped parquet files (data/ in this repository, never the raw material outside it) through an in-memory DuckDB.</summary>
internal static class ShippedData
{
    private static readonly Lazy<string> Folder = new(DataDirectory.Locate);

    internal static string Directory => Folder.Value;

    /// <summary>Path of a shipped table's parquet file, as a SQL string literal body.</summary>
    internal static string Table(string name) => SourceCatalog.Find(name).PathIn(Directory).Replace("'", "''", StringComparison.Ordinal);

    /// <summary>Runs a query in which {name} stands for read_parquet('data/name.parquet') and returns the single value.</summary>
    internal static double Number(string sql) => Scalar(sql) switch
    {
        null => throw new InvalidOperationException($"query returned NULL: {sql}"),
        System.Numerics.BigInteger big => (double)big,
        var value => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    internal static object? Scalar(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Expand(sql);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static string Expand(string sql)
    {
        foreach (var table in SourceCatalog.All)
        {
            sql = sql.Replace("{" + table.Name + "}", $"read_parquet('{Table(table.Name)}')", StringComparison.Ordinal);
        }

        return sql;
    }
}
