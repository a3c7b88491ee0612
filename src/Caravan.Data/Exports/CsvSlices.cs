using System.Data.Common;
using DuckDB.NET.Data;

namespace Caravan.Data.Exports;

/// <summary>
/// Writes a CSV file from consecutive row slices of one table (e.g. <see cref="Panels.PanelSlices"/>): slice i is
/// written by DuckDB's CSV writer on its own connection (the first with the header, the others without), all at once,
/// and the parts are appended to the first in order. The bytes are those of one COPY of the whole table: the writer
/// formats each row on its own, so a file cut between rows and joined again is the same file.
/// </summary>
internal static class CsvSlices
{
    public static void Write(DuckDBConnection connection, IReadOnlyList<string> slices, string target)
    {
        var parts = slices.Select((_, i) => i == 0 ? target : $"{target}.part{i}").ToArray();
        var others = new List<DuckDBConnection>();
        try
        {
            for (var i = 1; i < slices.Count; i++)
            {
                var c = connection.Duplicate();
                others.Add(c);
                if (c.State != System.Data.ConnectionState.Open)
                {
                    c.Open();
                }
            }

            var tasks = slices.Select((slice, i) => Task.Run(() =>
            {
                using var command = (i == 0 ? connection : others[i - 1]).CreateCommand();
                command.CommandText = $"COPY ({slice}) TO {SqlSource.Literal(parts[i])} (FORMAT csv, HEADER {(i == 0 ? "true" : "false")})";
                command.ExecuteNonQuery();
            })).ToArray();
            try
            {
                Task.WaitAll(tasks);
            }
            catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is DbException) is DbException db)
            {
                throw db;
            }

            using var output = new FileStream(target, FileMode.Append, FileAccess.Write, FileShare.None, 1 << 20);
            foreach (var part in parts.Skip(1))
            {
                using var input = new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
                input.CopyTo(output);
            }
        }
        finally
        {
            foreach (var c in others)
            {
                c.Dispose();
            }

            foreach (var part in parts.Skip(1))
            {
                File.Delete(part);
            }
        }
    }
}
