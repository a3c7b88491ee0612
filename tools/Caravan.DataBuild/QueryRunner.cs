using System.Globalization;
using DuckDB.NET.Data;

namespace Caravan.DataBuild;

/// <summary>Runs one ad-hoc query (placeholders allowed, {out} = the data folder) and prints it tab-separated; for inspecting raw files and shipped tables.</summary>
internal static class QueryRunner
{
    internal static void Run(BuildOptions options)
    {
        var sql = Placeholders.Apply(options.Query!, options, options.OutDirectory);
        using var connection = Duck.Open();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            Console.WriteLine(string.Join('\t', Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)));
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                Console.WriteLine(string.Join('\t', cells));
            }
        }
        catch (DuckDBException e)
        {
            throw new BuildException($"query: {e.Message}");
        }
    }
}
