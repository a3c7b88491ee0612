using System.Data.Common;
using Caravan.Core.Frames;

namespace Caravan.Data.Store;

/// <summary>
/// Reads a data file into a <see cref="Frame"/> by extension — .csv, .csv.gz (<see cref="CsvFrameReader"/>),
/// .parquet (<see cref="ParquetFrameReader"/>) or Stata .dta 117–119 (<see cref="DtaFrameReader"/>): the one
/// entry point for every command that reads a user's or a panel's data file.
/// </summary>
public static class FrameReader
{
    public static Frame Read(string path) => Read(path, new CsvReadOptions());

    /// <param name="path">A .csv, .csv.gz or .parquet file.</param>
    /// <param name="csv">Missing markers and limits for CSV files.</param>
    public static Frame Read(string path, CsvReadOptions csv)
    {
        if (InputFiles.Problem(path) is { } problem)
        {
            throw problem == "does not exist"
                ? new FileNotFoundException($"Data file '{path}' does not exist.", path)
                : new InvalidDataException($"Data file '{path}' {problem}.");
        }

        var lower = path.ToLowerInvariant();
        try
        {
            if (lower.EndsWith(".parquet", StringComparison.Ordinal))
            {
                return ParquetFrameReader.Read(path);
            }

            if (lower.EndsWith(".dta", StringComparison.Ordinal))
            {
                return DtaFrameReader.Read(path);
            }

            if (lower.EndsWith(".csv", StringComparison.Ordinal) || lower.EndsWith(".csv.gz", StringComparison.Ordinal))
            {
                return CsvFrameReader.Read(path, csv);
            }
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        catch (OutOfMemoryException e)
        {
            throw new InvalidDataException($"{path}: not enough memory to read it ({new FileInfo(path).Length:N0} bytes).", e);
        }

        throw new InvalidDataException($"{path}: unsupported file type; use .csv, .csv.gz, .parquet or .dta.");
    }

    /// <summary>Reads a DuckDB result: numbers (and booleans) become NumericColumn with NaN for NULL, the rest TextColumn (panel branch).</summary>
    internal static Frame Read(DbDataReader reader)
    {
        var n = reader.FieldCount;
        var numeric = new bool[n];
        var nums = new List<double>[n];
        var texts = new List<string?>[n];
        for (var i = 0; i < n; i++)
        {
            numeric[i] = IsNumeric(reader.GetFieldType(i));
            if (numeric[i])
            {
                nums[i] = [];
            }
            else
            {
                texts[i] = [];
            }
        }

        while (reader.Read())
        {
            for (var i = 0; i < n; i++)
            {
                if (numeric[i])
                {
                    nums[i].Add(reader.IsDBNull(i) ? double.NaN : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    texts[i].Add(reader.IsDBNull(i) ? null : ToText(reader.GetValue(i)));
                }
            }
        }

        var columns = new List<Column>(n);
        for (var i = 0; i < n; i++)
        {
            var name = reader.GetName(i);
            columns.Add(numeric[i] ? new NumericColumn(name, nums[i].ToArray()) : new TextColumn(name, texts[i].ToArray()));
        }

        return new Frame(columns);
    }

    private static string ToText(object value) => value switch
    {
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsNumeric(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t == typeof(double) || t == typeof(float) || t == typeof(decimal)
            || t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(sbyte)
            || t == typeof(ulong) || t == typeof(uint) || t == typeof(ushort) || t == typeof(byte)
            || t == typeof(bool) || t == typeof(System.Numerics.BigInteger) || t == typeof(Int128) || t == typeof(UInt128);
    }
}
