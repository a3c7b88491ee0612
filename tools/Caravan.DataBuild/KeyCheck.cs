using System.Text;
using DuckDB.NET.Data;

namespace Caravan.DataBuild;

/// <summary>
/// Fails the build when a declared natural key has NULLs or duplicates, listing up to five offenders.
/// A key column written with a trailing '?' may be NULL (NULLs compare equal when looking for duplicates).
/// </summary>
internal static class KeyCheck
{
    internal static void Verify(DuckDBConnection connection, string parquetFile, KeyDeclaration key, string scriptName)
    {
        var names = key.Columns.Select(c => c.TrimEnd('?')).ToList();
        var columns = string.Join(", ", names.Select(c => $"\"{c}\""));
        var source = $"read_parquet('{Duck.Quote(parquetFile)}')";
        var required = key.Columns.Where(c => !c.EndsWith('?')).Select(c => $"\"{c}\" IS NULL").ToList();
        var nulls = required.Count == 0 ? 0 : Duck.Scalar<long>(connection, $"SELECT count(*) FROM {source} WHERE {string.Join(" OR ", required)}", scriptName);
        if (nulls > 0)
        {
            throw new BuildException($"{scriptName}: table {key.Table} has {nulls} row(s) with a NULL in key ({columns})");
        }

        var sql = $"SELECT {columns}, count(*) AS n FROM {source} GROUP BY ALL HAVING count(*) > 1 ORDER BY n DESC LIMIT 5";
        var offenders = new StringBuilder();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, key.Columns.Count).Select(i => $"{names[i]}={reader.GetValue(i)}");
                offenders.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  ({string.Join(", ", values)}) x{reader.GetValue(key.Columns.Count)}");
            }
        }
        catch (DuckDBException e)
        {
            throw new BuildException($"{scriptName}: key check on {key.Table} failed: {e.Message}");
        }

        if (offenders.Length > 0)
        {
            throw new BuildException($"{scriptName}: table {key.Table} violates key ({columns}); duplicates:{offenders}");
        }
    }
}
