using Caravan.Core.Frames;
using Parquet;
using Parquet.Schema;

namespace Caravan.Data.Store;

/// <summary>Reads a Parquet file into a <see cref="Frame"/>: numeric/boolean columns → numeric (null → NaN), strings → text.</summary>
public static class ParquetFrameReader
{
    public static Frame Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    private static async Task<Frame> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path).ConfigureAwait(false);
        var fields = reader.Schema.GetDataFields();
        var numeric = fields.Select(_ => new List<double[]>()).ToArray();
        var text = fields.Select(_ => new List<string?[]>()).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            var n = (int)rg.RowCount;
            for (var j = 0; j < fields.Length; j++)
            {
                var f = fields[j];
                var t = f.ClrType;
                if (t == typeof(string))
                {
                    var s = new string?[n];
                    await rg.ReadAsync(f, s.AsMemory()).ConfigureAwait(false);
                    text[j].Add(s);
                }
                else if (t == typeof(double))
                {
                    numeric[j].Add(await Num<double>(rg, f, n, x => x).ConfigureAwait(false));
                }
                else if (t == typeof(float))
                {
                    numeric[j].Add(await Num<float>(rg, f, n, x => x).ConfigureAwait(false));
                }
                else if (t == typeof(int))
                {
                    numeric[j].Add(await Num<int>(rg, f, n, x => x).ConfigureAwait(false));
                }
                else if (t == typeof(long))
                {
                    numeric[j].Add(await Num<long>(rg, f, n, x => x).ConfigureAwait(false));
                }
                else if (t == typeof(short))
                {
                    numeric[j].Add(await Num<short>(rg, f, n, x => x).ConfigureAwait(false));
                }
                else if (t == typeof(bool))
                {
                    numeric[j].Add(await Num<bool>(rg, f, n, x => x ? 1 : 0).ConfigureAwait(false));
                }
                else if (t == typeof(decimal))
                {
                    numeric[j].Add(await Num<decimal>(rg, f, n, x => (double)x).ConfigureAwait(false));
                }
                else
                {
                    throw new InvalidDataException($"{path}: column '{f.Name}' has unsupported Parquet type {t.Name}.");
                }
            }
        }

        var columns = new List<Column>(fields.Length);
        for (var j = 0; j < fields.Length; j++)
        {
            columns.Add(text[j].Count > 0
                ? new TextColumn(fields[j].Name, text[j].SelectMany(x => x).ToArray())
                : new NumericColumn(fields[j].Name, numeric[j].SelectMany(x => x).ToArray()));
        }

        return new Frame(columns);
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
}
