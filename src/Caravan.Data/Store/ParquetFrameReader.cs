using System.Globalization;
using Caravan.Core.Frames;
using Parquet;
using Parquet.Schema;

namespace Caravan.Data.Store;

/// <summary>
/// Reads a Parquet file (DuckDB, Arrow, pandas, Parquet.Net; plain or dictionary-encoded, any compression)
/// into a <see cref="Frame"/>: integers, floats, decimals and booleans become numeric columns (null → NaN,
/// TRUE → 1), strings become text (null → null), dates and times become ISO-8601 text as the DuckDB path
/// does. Nested columns (lists, structs, maps) are refused by name; a corrupt or truncated file is one
/// <see cref="InvalidDataException"/> naming the file.
/// </summary>
public static class ParquetFrameReader
{
    public static Frame Read(string path)
    {
        try
        {
            return ReadAsync(path).GetAwaiter().GetResult();
        }
        catch (ParquetColumnException e)
        {
            throw new InvalidDataException(e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not FileNotFoundException)
        {
            throw new InvalidDataException($"{path}: not a readable Parquet file (corrupt or truncated?): {OneLine(e.Message)}", e);
        }
    }

    private static async Task<Frame> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path).ConfigureAwait(false);
        foreach (var top in reader.Schema.Fields)
        {
            if (top.SchemaType != SchemaType.Data)
            {
                throw new ParquetColumnException($"{path}: column '{top.Name}' is a nested Parquet {top.SchemaType.ToString().ToLowerInvariant()}; only flat columns can be read (unnest it first).");
            }
        }

        var fields = reader.Schema.GetDataFields();
        foreach (var f in fields)
        {
            if (f.IsArray || f.MaxRepetitionLevel > 0)
            {
                throw new ParquetColumnException($"{path}: column '{f.Name}' is a repeated (list) Parquet column; only flat columns can be read.");
            }
        }

        var parts = fields.Select(_ => new List<Array>()).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            var n = checked((int)rg.RowCount);
            for (var j = 0; j < fields.Length; j++)
            {
                parts[j].Add(await ReadColumn(path, rg, fields[j], n).ConfigureAwait(false));
            }
        }

        var columns = new List<Column>(fields.Length);
        for (var j = 0; j < fields.Length; j++)
        {
            var name = fields[j].Name;
            columns.Add(IsText(fields[j].ClrType)
                ? new TextColumn(name, Concat(parts[j].Cast<string?[]>()))
                : new NumericColumn(name, Concat(parts[j].Cast<double[]>())));
        }

        return new Frame(columns);
    }

    private static bool IsText(Type t) =>
        t == typeof(string) || t == typeof(ReadOnlyMemory<char>) || t == typeof(byte[]) || t == typeof(ReadOnlyMemory<byte>)
        || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan)
        || t == typeof(DateTimeOffset) || t == typeof(Guid);

    private static async Task<Array> ReadColumn(string path, ParquetRowGroupReader rg, DataField f, int n)
    {
        var t = f.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
        {
            var s = new string?[n];
            await rg.ReadAsync(f, s.AsMemory()).ConfigureAwait(false);
            return s;
        }

        if (t == typeof(byte[]) || t == typeof(ReadOnlyMemory<byte>))
        {
            // Binary without a string annotation (older writers): UTF-8 text.
            var b = new byte[]?[n];
            await rg.ReadAsync(f, b.AsMemory()).ConfigureAwait(false);
            return b.Select(x => x is null ? null : System.Text.Encoding.UTF8.GetString(x)).ToArray();
        }

        return t switch
        {
            _ when t == typeof(double) => await Num<double>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(float) => await Num<float>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(Half) => await Num<Half>(rg, f, n, x => (double)x).ConfigureAwait(false),
            _ when t == typeof(decimal) => await Num<decimal>(rg, f, n, x => (double)x).ConfigureAwait(false),
            _ when t == typeof(long) => await Num<long>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(ulong) => await Num<ulong>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(int) => await Num<int>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(uint) => await Num<uint>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(short) => await Num<short>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(ushort) => await Num<ushort>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(sbyte) => await Num<sbyte>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(byte) => await Num<byte>(rg, f, n, x => x).ConfigureAwait(false),
            _ when t == typeof(bool) => await Num<bool>(rg, f, n, x => x ? 1 : 0).ConfigureAwait(false),
            _ when t == typeof(DateTime) => await Txt<DateTime>(rg, f, n, d => d.TimeOfDay == TimeSpan.Zero
                ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("O", CultureInfo.InvariantCulture)).ConfigureAwait(false),
            _ when t == typeof(DateOnly) => await Txt<DateOnly>(rg, f, n, d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ConfigureAwait(false),
            _ when t == typeof(TimeOnly) => await Txt<TimeOnly>(rg, f, n, d => d.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)).ConfigureAwait(false),
            _ when t == typeof(TimeSpan) => await Txt<TimeSpan>(rg, f, n, d => d.ToString("c", CultureInfo.InvariantCulture)).ConfigureAwait(false),
            _ when t == typeof(DateTimeOffset) => await Txt<DateTimeOffset>(rg, f, n, d => d.ToString("O", CultureInfo.InvariantCulture)).ConfigureAwait(false),
            _ when t == typeof(Guid) => await Txt<Guid>(rg, f, n, d => d.ToString()).ConfigureAwait(false),
            _ => throw new ParquetColumnException($"{path}: column '{f.Name}' has Parquet type {t.Name}, which Caravan cannot read; cast it to a number or text first."),
        };
    }

    private static async Task<double[]> Num<T>(ParquetRowGroupReader rg, DataField f, int n, Func<T, double> conv)
        where T : struct
    {
        var v = new double[n];
        if (f.IsNullable)
        {
            var a = new T?[n];
            await rg.ReadAsync(f, a.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                v[i] = a[i] is { } x ? conv(x) : double.NaN;
            }
        }
        else
        {
            var a = new T[n];
            await rg.ReadAsync(f, a.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                v[i] = conv(a[i]);
            }
        }

        return v;
    }

    private static async Task<string?[]> Txt<T>(ParquetRowGroupReader rg, DataField f, int n, Func<T, string> conv)
        where T : struct
    {
        var v = new string?[n];
        if (f.IsNullable)
        {
            var a = new T?[n];
            await rg.ReadAsync(f, a.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                v[i] = a[i] is { } x ? conv(x) : null;
            }
        }
        else
        {
            var a = new T[n];
            await rg.ReadAsync(f, a.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                v[i] = conv(a[i]);
            }
        }

        return v;
    }

    private static T[] Concat<T>(IEnumerable<T[]> parts)
    {
        var list = parts.ToList();
        if (list.Count == 1)
        {
            return list[0];
        }

        var all = new T[list.Sum(p => p.Length)];
        var at = 0;
        foreach (var p in list)
        {
            p.CopyTo(all, at);
            at += p.Length;
        }

        return all;
    }

    private static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A column Caravan cannot represent; the message already names the file and the column.</summary>
    private sealed class ParquetColumnException(string message) : Exception(message);
}
