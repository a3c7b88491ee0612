using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Data.Exports;

/// <summary>
/// Writes a Stata .dta file, format 118 (Stata 14-18), little-endian (LSF), following Stata's "dta" file-format
/// description: header, map, variable_types, varnames, sortlist, formats, value_label_names, variable_labels,
/// characteristics (none), data, strls, value_labels. Numbers are stored as byte, int, long, float or double (see
/// <see cref="DtaVariable.Narrowest"/>); missing is Stata's system missing "." of each type (byte 101, int 32,741,
/// long 2,147,483,621, float 2^127, double 2^1023).
/// </summary>
internal static partial class DtaWriter
{
    /// <summary>Largest double Stata accepts as non-missing (+1.fffffffffffffX+3fe).</summary>
    public static readonly double MaxDouble = BitConverter.Int64BitsToDouble(0x7FDFFFFFFFFFFFFF);

    public const long MissingDoubleBits = 0x7FE0000000000000;

    /// <summary>Largest float Stata accepts as non-missing (+1.fffffeX+7e).</summary>
    public static readonly float MaxFloat = BitConverter.Int32BitsToSingle(0x7EFFFFFF);

    public const int MissingFloatBits = 0x7F000000;

    public const sbyte MissingByte = 101;

    public const short MissingInt = 32741;

    public const int MissingLong = 2147483621;

    private static readonly string[] Reserved =
    [
        "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_N", "_pi",
        "_pred", "_rc", "_skip", "strL", "using", "with",
    ];

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Throws when <paramref name="name"/> is not a legal Stata variable name.</summary>
    public static void CheckName(string name, string path)
    {
        if (!StataName().IsMatch(name) || Reserved.Contains(name, StringComparer.Ordinal) || StrN().IsMatch(name))
        {
            throw new ExportException(
                $"Cannot export '{path}': column '{name}' is not a valid Stata variable name " +
                "(1-32 ASCII letters, digits or _, not starting with a digit, not a reserved word). Rename it in the query.");
        }
    }

    /// <summary>Writes the file. <paramref name="rows"/> has one column per variable: DOUBLE for Double/Date,
    /// VARCHAR for Str/StrL (NULL = missing / empty string).</summary>
    public static void Write(
        string path,
        string displayPath,
        IReadOnlyList<DtaVariable> variables,
        long observations,
        DbDataReader rows,
        string datasetLabel,
        DateTime timestamp,
        IReadOnlyList<DtaLabelSet>? labelSets = null)
    {
        if (variables.Count > 32767)
        {
            throw new ExportException($"Cannot export '{displayPath}': {variables.Count} columns; Stata format 118 holds at most 32,767.");
        }

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var map = new long[14];

        Tag(w, "<stata_dta>");
        Tag(w, "<header>");
        Tag(w, "<release>118</release>");
        Tag(w, "<byteorder>LSF</byteorder>");
        Tag(w, "<K>");
        w.Write((ushort)variables.Count);
        Tag(w, "</K><N>");
        w.Write((ulong)observations);
        Tag(w, "</N><label>");
        var label = Encoding.UTF8.GetBytes(Truncate(datasetLabel, 80));
        w.Write((ushort)label.Length);
        w.Write(label);
        Tag(w, "</label><timestamp>");
        var ts = string.Create(CultureInfo.InvariantCulture, $"{timestamp.Day:00} {Months[timestamp.Month - 1]} {timestamp.Year:0000} {timestamp.Hour:00}:{timestamp.Minute:00}");
        w.Write((byte)ts.Length);
        w.Write(Encoding.ASCII.GetBytes(ts));
        Tag(w, "</timestamp></header>");

        map[1] = stream.Position;
        Tag(w, "<map>");
        for (var i = 0; i < 14; i++)
        {
            w.Write(0L);
        }

        Tag(w, "</map>");

        map[2] = stream.Position;
        Tag(w, "<variable_types>");
        foreach (var v in variables)
        {
            w.Write(v.TypeCode);
        }

        Tag(w, "</variable_types>");

        map[3] = stream.Position;
        Tag(w, "<varnames>");
        foreach (var v in variables)
        {
            Fixed(w, v.Name, 129);
        }

        Tag(w, "</varnames>");

        map[4] = stream.Position;
        Tag(w, "<sortlist>");
        for (var i = 0; i <= variables.Count; i++)
        {
            w.Write((ushort)0);
        }

        Tag(w, "</sortlist>");

        map[5] = stream.Position;
        Tag(w, "<formats>");
        foreach (var v in variables)
        {
            Fixed(w, v.Format, 57);
        }

        Tag(w, "</formats>");

        map[6] = stream.Position;
        Tag(w, "<value_label_names>");
        foreach (var v in variables)
        {
            Fixed(w, v.ValueLabel ?? "", 129);
        }

        Tag(w, "</value_label_names>");

        map[7] = stream.Position;
        Tag(w, "<variable_labels>");
        foreach (var v in variables)
        {
            Fixed(w, Truncate(v.Label, 80), 321);
        }

        Tag(w, "</variable_labels>");

        map[8] = stream.Position;
        Tag(w, "<characteristics></characteristics>");

        map[9] = stream.Position;
        Tag(w, "<data>");
        var strls = new List<(int V, long O, byte[] Bytes)>();
        var rowBuffer = new byte[variables.Sum(v => v.Width)];
        long n = 0;
        while (rows.Read())
        {
            n++;
            WriteRow(rowBuffer, variables, rows, n, strls, displayPath);
            w.Write(rowBuffer);
        }

        if (n != observations)
        {
            throw new ExportException($"Cannot export '{displayPath}': the data changed while being written ({observations} rows expected, {n} read).");
        }

        Tag(w, "</data>");

        map[10] = stream.Position;
        Tag(w, "<strls>");
        foreach (var (v, o, bytes) in strls)
        {
            Tag(w, "GSO");
            w.Write((uint)v);
            w.Write((ulong)o);
            w.Write((byte)130);               // text, stored with a terminating \0
            w.Write((uint)(bytes.Length + 1));
            w.Write(bytes);
            w.Write((byte)0);
        }

        Tag(w, "</strls>");

        map[11] = stream.Position;
        Tag(w, "<value_labels>");
        foreach (var set in labelSets ?? [])
        {
            WriteLabelSet(w, set);
        }

        Tag(w, "</value_labels>");
        map[12] = stream.Position;
        Tag(w, "</stata_dta>");
        map[13] = stream.Position;

        stream.Position = map[1] + "<map>".Length;
        foreach (var offset in map)
        {
            w.Write(offset);
        }

        w.Flush();
        stream.Flush(flushToDisk: true);
    }

    /// <summary>One &lt;lbl&gt;: length, name[129], 3 bytes padding, then n, txtlen, off[n], val[n], txt (sorted by value).</summary>
    private static void WriteLabelSet(BinaryWriter w, DtaLabelSet set)
    {
        var labels = set.Labels.OrderBy(l => l.Value).ToArray();
        var texts = labels.Select(l => Encoding.UTF8.GetBytes(Truncate(l.Text, 32000))).ToArray();
        var txtlen = texts.Sum(t => t.Length + 1);
        Tag(w, "<lbl>");
        w.Write(8 + (8 * labels.Length) + txtlen);
        Fixed(w, set.Name, 129);
        w.Write(new byte[3]);
        w.Write(labels.Length);
        w.Write(txtlen);
        var offset = 0;
        foreach (var t in texts)
        {
            w.Write(offset);
            offset += t.Length + 1;
        }

        foreach (var l in labels)
        {
            w.Write(l.Value);
        }

        foreach (var t in texts)
        {
            w.Write(t);
            w.Write((byte)0);
        }

        Tag(w, "</lbl>");
    }

    private static void WriteRow(byte[] buffer, IReadOnlyList<DtaVariable> variables, DbDataReader row, long observation, List<(int, long, byte[])> strls, string displayPath)
    {
        var at = 0;
        for (var j = 0; j < variables.Count; j++)
        {
            var v = variables[j];
            var span = buffer.AsSpan(at, v.Width);
            switch (v.Kind)
            {
                case DtaKind.Double or DtaKind.Date:
                    double? d = row.IsDBNull(j) ? null : row.GetDouble(j);
                    long bits;
                    if (d is null || double.IsNaN(d.Value))
                    {
                        bits = MissingDoubleBits;
                    }
                    else if (Math.Abs(d.Value) > MaxDouble)
                    {
                        throw new ExportException(
                            $"Cannot export '{displayPath}': row {observation}, column {v.Name}: {d.Value.ToString(CultureInfo.InvariantCulture)} is outside the range Stata can store.");
                    }
                    else
                    {
                        bits = BitConverter.DoubleToInt64Bits(d.Value);
                    }

                    BinaryPrimitives.WriteInt64LittleEndian(span, bits);
                    break;

                case DtaKind.Float:
                    double? fv = row.IsDBNull(j) ? null : row.GetDouble(j);
                    if (fv is not null && Math.Abs(fv.Value) > MaxFloat)
                    {
                        throw new ExportException(
                            $"Cannot export '{displayPath}': row {observation}, column {v.Name}: {fv.Value.ToString(CultureInfo.InvariantCulture)} is outside the range Stata can store.");
                    }

                    BinaryPrimitives.WriteInt32LittleEndian(span, fv is null || double.IsNaN(fv.Value) ? MissingFloatBits : BitConverter.SingleToInt32Bits((float)fv.Value));
                    break;

                case DtaKind.Byte or DtaKind.Int or DtaKind.Long:
                    double? iv = row.IsDBNull(j) ? null : row.GetDouble(j);
                    if (v.Kind == DtaKind.Byte)
                    {
                        span[0] = iv is null ? (byte)MissingByte : unchecked((byte)(sbyte)iv.Value);
                    }
                    else if (v.Kind == DtaKind.Int)
                    {
                        BinaryPrimitives.WriteInt16LittleEndian(span, iv is null ? MissingInt : (short)iv.Value);
                    }
                    else
                    {
                        BinaryPrimitives.WriteInt32LittleEndian(span, iv is null ? MissingLong : (int)iv.Value);
                    }

                    break;

                case DtaKind.Str:
                    span.Clear();
                    if (!row.IsDBNull(j) && row.GetString(j) is { Length: > 0 } s)
                    {
                        Encoding.UTF8.GetBytes(s, span);
                    }

                    break;

                default:
                    if (!row.IsDBNull(j) && row.GetString(j) is { Length: > 0 } l)
                    {
                        strls.Add((j + 1, observation, Encoding.UTF8.GetBytes(l)));
                        BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)(j + 1));
                        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], (ushort)(observation & 0xFFFF));
                        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(observation >> 16));
                    }
                    else
                    {
                        span.Clear(); // (v,o) = (0,0): the predefined empty string
                    }

                    break;
            }

            at += v.Width;
        }
    }

    private static void Tag(BinaryWriter w, string ascii) => w.Write(Encoding.ASCII.GetBytes(ascii));

    /// <summary>UTF-8 text in a \0-padded field of <paramref name="size"/> bytes (at most size-1 bytes of text).</summary>
    private static void Fixed(BinaryWriter w, string text, int size)
    {
        var field = new byte[size];
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > size - 1)
        {
            throw new InvalidOperationException($"'{text}' does not fit a {size}-byte .dta field.");
        }

        bytes.CopyTo(field, 0);
        w.Write(field);
    }

    /// <summary>At most <paramref name="chars"/> characters (never splitting a surrogate pair).</summary>
    internal static string Truncate(string text, int chars)
    {
        var cut = text.ReplaceLineEndings(" ");
        var runes = cut.EnumerateRunes().ToList();
        return runes.Count <= chars ? cut : string.Concat(runes.Take(chars).Select(r => r.ToString()));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,31}$")]
    private static partial Regex StataName();

    [GeneratedRegex("^str[0-9]+$")]
    private static partial Regex StrN();
}
