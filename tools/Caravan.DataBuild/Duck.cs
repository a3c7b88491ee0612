using DuckDB.NET.Data;

namespace Caravan.DataBuild;

/// <summary>Thin helpers over DuckDB.NET that turn DuckDB errors into <see cref="BuildException"/>s naming the script.</summary>
internal static class Duck
{
    internal static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>Escapes a value for use inside a single-quoted SQL string literal.</summary>
    internal static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    internal static void Execute(DuckDBConnection connection, string sql, string scriptName)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        catch (DuckDBException e)
        {
            throw new BuildException($"{scriptName}: {e.Message}");
        }
    }

    internal static T Scalar<T>(DuckDBConnection connection, string sql, string scriptName)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var value = command.ExecuteScalar();
            return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (DuckDBException e)
        {
            throw new BuildException($"{scriptName}: {e.Message}");
        }
    }
}
