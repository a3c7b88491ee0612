using System.Buffers.Binary;
using System.Text;

namespace Caravan.Data.Tests.Exports;

/// <summary>A minimal, independent reader of Stata format 118 (LSF) files used to check the writer:
/// numeric types byte/int/long/float/double, str#, strL. Missing numbers are returned as null.</summary>
internal sealed class DtaReader
{
    public required int Release { get; init; }

    public required string Label { get; init; }

    public required string Timestamp { get; init; }

    public required string[] Names { get; init; }

    public required ushort[] Types { get; init; }

    public required string[] Formats { get; init; }

    public required string[] VariableLabels { get; init; }

    public required object?[][] Rows { get; init; }

    /// <summary>The value-label set attached to each variable ("" = none).</summary>
    public string[] ValueLabelNames { get; init; } = [];

    /// <summary>Value-label sets by name: value → text.</summary>
    public Dictionary<string, Dictionary<int, string>> ValueLabels { get; init; } = [];

    public object? this[int row, string name] => Rows[row][Array.IndexOf(Names, name)];

    public static DtaReader Read(string path)
    {
        var b = File.ReadAllBytes(path);
        var p = 0;
        Expect(b, ref p, "<stata_dta><header><release>");
        var release = int.Parse(Encoding.ASCII.GetString(b, p, 3), System.Globalization.CultureInfo.InvariantCulture);
        p += 3;
        Expect(b, ref p, "</release><byteorder>LSF</byteorder><K>");
        int k = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(p));
        p += 2;
        Expect(b, ref p, "</K><N>");
        var n = (long)BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(p));
        p += 8;
        Expect(b, ref p, "</N><label>");
        int ll = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(p));
        p += 2;
        var label = Encoding.UTF8.GetString(b, p, ll);
        p += ll;
        Expect(b, ref p, "</label><timestamp>");
        int tl = b[p++];
        var ts = Encoding.ASCII.GetString(b, p, tl);
        p += tl;
        Expect(b, ref p, "</timestamp></header><map>");
        var map = new long[14];
        for (var i = 0; i < 14; i++)
        {
            map[i] = BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(p + (8 * i)));
        }

        p = (int)map[2];
        Expect(b, ref p, "<variable_types>");
        var types = new ushort[k];
        for (var i = 0; i < k; i++)
        {
            types[i] = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(p + (2 * i)));
        }

        var names = Strings(b, (int)map[3], "<varnames>", k, 129);
        var formats = Strings(b, (int)map[5], "<formats>", k, 57);
        var labels = Strings(b, (int)map[7], "<variable_labels>", k, 321);
        var valueLabelNames = Strings(b, (int)map[6], "<value_label_names>", k, 129);
        var valueLabels = new Dictionary<string, Dictionary<int, string>>();
        var q = (int)map[11];
        Expect(b, ref q, "<value_labels>");
        while (Encoding.ASCII.GetString(b, q, 5) == "<lbl>")
        {
            q += 5;
            var len = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(q));
            var field = b.AsSpan(q + 4, 129);
            var end0 = field.IndexOf((byte)0);
            var setName = Encoding.UTF8.GetString(field[..(end0 < 0 ? 129 : end0)]);
            var t0 = q + 4 + 129 + 3;
            var count = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(t0));
            var txtlen = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(t0 + 4));
            var txt = t0 + 8 + (8 * count);
            var set = new Dictionary<int, string>();
            for (var i = 0; i < count; i++)
            {
                var off = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(t0 + 8 + (4 * i)));
                var val = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(t0 + 8 + (4 * count) + (4 * i)));
                var stop = b.AsSpan(txt + off, txtlen - off).IndexOf((byte)0);
                set[val] = Encoding.UTF8.GetString(b, txt + off, stop);
            }

            valueLabels[setName] = set;
            q += 4 + 129 + 3 + len;
            Expect(b, ref q, "</lbl>");
        }

        Expect(b, ref q, "</value_labels>");

        // strLs first, so data can refer to them
        var gso = new Dictionary<(long V, long O), string>();
        p = (int)map[10];
        Expect(b, ref p, "<strls>");
        while (Encoding.ASCII.GetString(b, p, 3) == "GSO")
        {
            p += 3;
            var v = BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(p));
            var o = (long)BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(p + 4));
            var t = b[p + 12];
            var len = (int)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(p + 13));
            p += 17;
            gso[(v, o)] = Encoding.UTF8.GetString(b, p, t == 130 ? len - 1 : len);
            p += len;
        }

        p = (int)map[9];
        Expect(b, ref p, "<data>");
        var rows = new object?[n][];
        for (var r = 0; r < n; r++)
        {
            var row = rows[r] = new object?[k];
            for (var j = 0; j < k; j++)
            {
                var s = b.AsSpan(p);
                switch (types[j])
                {
                    case 65526:
                        var d = BinaryPrimitives.ReadDoubleLittleEndian(s);
                        row[j] = d > BitConverter.Int64BitsToDouble(0x7FDFFFFFFFFFFFFF) ? null : d;
                        p += 8;
                        break;
                    case 65527:
                        var f = BinaryPrimitives.ReadSingleLittleEndian(s);
                        row[j] = f > BitConverter.Int32BitsToSingle(0x7EFFFFFF) ? null : (double)f;
                        p += 4;
                        break;
                    case 65528:
                        var l = BinaryPrimitives.ReadInt32LittleEndian(s);
                        row[j] = l > 2147483620 ? null : (double)l;
                        p += 4;
                        break;
                    case 65529:
                        var i16 = BinaryPrimitives.ReadInt16LittleEndian(s);
                        row[j] = i16 > 32740 ? null : (double)i16;
                        p += 2;
                        break;
                    case 65530:
                        var i8 = (sbyte)b[p];
                        row[j] = i8 > 100 ? null : (double)i8;
                        p += 1;
                        break;
                    case 32768:
                        var v = BinaryPrimitives.ReadUInt16LittleEndian(s);
                        var o = (long)(BinaryPrimitives.ReadUInt64LittleEndian(s) >> 16);
                        row[j] = v == 0 && o == 0 ? "" : gso[(v, o)];
                        p += 8;
                        break;
                    default:
                        var w = types[j];
                        var end = s[..w].IndexOf((byte)0);
                        row[j] = Encoding.UTF8.GetString(s[..(end < 0 ? w : end)]);
                        p += w;
                        break;
                }
            }
        }

        Expect(b, ref p, "</data>");
        p = (int)map[12];
        Expect(b, ref p, "</stata_dta>");
        if (map[13] != b.Length)
        {
            throw new InvalidDataException("map: end-of-file offset is wrong");
        }

        return new DtaReader
        {
            Release = release, Label = label, Timestamp = ts, Names = names, Types = types, Formats = formats,
            VariableLabels = labels, Rows = rows, ValueLabelNames = valueLabelNames, ValueLabels = valueLabels,
        };
    }

    private static string[] Strings(byte[] b, int at, string tag, int k, int size)
    {
        Expect(b, ref at, tag);
        var result = new string[k];
        for (var i = 0; i < k; i++)
        {
            var field = b.AsSpan(at + (i * size), size);
            var end = field.IndexOf((byte)0);
            result[i] = Encoding.UTF8.GetString(field[..(end < 0 ? size : end)]);
        }

        return result;
    }

    private static void Expect(byte[] b, ref int p, string ascii)
    {
        var got = Encoding.ASCII.GetString(b, p, Math.Min(ascii.Length, b.Length - p));
        if (got != ascii)
        {
            throw new InvalidDataException($"at byte {p}: expected '{ascii}', found '{got}'");
        }

        p += ascii.Length;
    }
}
