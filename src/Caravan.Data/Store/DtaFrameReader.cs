using System.Buffers.Binary;
using System.Text;
using Caravan.Core.Frames;

namespace Caravan.Data.Store;

/// <summary>
/// Reads a Stata .dta file of format 117 (Stata 13), 118 (Stata 14–18) or 119 (more than 32,767 variables),
/// either byte order, into a <see cref="Frame"/>: byte/int/long/float/double become numeric columns with every
/// Stata missing value (., .a–.z) as NaN; str# and strL become text ("" stays ""). Value labels are not applied
/// (the numeric codes are kept). A truncated or malformed file is one <see cref="InvalidDataException"/> naming it.
/// </summary>
public static class DtaFrameReader
{
    public static Frame Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (OutOfMemoryException)
        {
            throw new InvalidDataException($"{path}: too large to read into memory.");
        }

        try
        {
            return new Parser(bytes).Parse();
        }
        catch (Exception e) when (e is DtaFormatException or ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            var what = e is DtaFormatException ? e.Message : "the file ends early or its offsets are inconsistent";
            throw new InvalidDataException($"{path}: not a readable Stata .dta file (corrupt or truncated?): {what}.", e);
        }
    }

    private sealed class DtaFormatException(string message) : Exception(message);

    private sealed class Parser(byte[] b)
    {
        private bool big;
        private int release;
        private Encoding text = Encoding.UTF8;

        public Frame Parse()
        {
            if (b.Length > 0 && b[0] is >= 102 and <= 115)
            {
                throw new DtaFormatException($"format {b[0]} (Stata 12 or older); older .dta formats are not read: save it as Stata 13 or later (saveold ..., version(13))");
            }

            if (!Matches(0, "<stata_dta>"))
            {
                throw new DtaFormatException("it does not start with <stata_dta>: not a Stata 13+ file");
            }

            var pos = Expect(0, "<stata_dta><header><release>");
            if (pos + 3 > b.Length || !int.TryParse(Encoding.ASCII.GetString(b, pos, 3), out release) || release is < 117 or > 119)
            {
                throw new DtaFormatException("not format 117, 118 or 119 (older .dta formats, 114/115, are not read: save it as Stata 13 or later)");
            }

            text = release == 117 ? Encoding.Latin1 : Encoding.UTF8;
            pos = Expect(pos + 3, "</release><byteorder>");
            var order = Encoding.ASCII.GetString(b, pos, 3);
            big = order switch
            {
                "MSF" => true,
                "LSF" => false,
                _ => throw new DtaFormatException($"unknown byte order '{order}'"),
            };
            pos = Expect(pos + 3, "</byteorder><K>");
            var k = release == 119 ? checked((int)U32(pos)) : U16(pos);
            pos = Expect(pos + (release == 119 ? 4 : 2), "</K><N>");
            var n = release == 117 ? U32(pos) : U64(pos);
            if (n > int.MaxValue)
            {
                throw new DtaFormatException($"{n} observations; at most {int.MaxValue} can be read");
            }

            pos = Find(pos, "<map>") + 5;
            var map = new long[14];
            for (var i = 0; i < 14; i++)
            {
                map[i] = checked((long)U64(pos + (8 * i)));
            }

            var types = new int[k];
            var tp = Expect(checked((int)map[2]), "<variable_types>");
            for (var j = 0; j < k; j++)
            {
                types[j] = U16(tp + (2 * j));
            }

            var nameLen = release == 117 ? 33 : 129;
            var vp = Expect(checked((int)map[3]), "<varnames>");
            var names = new string[k];
            for (var j = 0; j < k; j++)
            {
                names[j] = Fixed(vp + (j * nameLen), nameLen);
            }

            var strls = ReadStrls(checked((int)map[10]));
            var widths = types.Select((t, j) => Width(t, names[j])).ToArray();
            var rowWidth = widths.Sum();
            var dp = Expect(checked((int)map[9]), "<data>");
            var rows = (int)n;
            if (dp + ((long)rowWidth * rows) > b.Length)
            {
                throw new DtaFormatException($"the data section needs {(long)rowWidth * rows} bytes but the file ends after {b.Length - dp}");
            }

            var columns = new Column[k];
            var offset = 0;
            for (var j = 0; j < k; j++)
            {
                columns[j] = ReadColumn(names[j], types[j], dp + offset, rowWidth, rows, strls);
                offset += widths[j];
            }

            return new Frame(columns);
        }

        private Column ReadColumn(string name, int type, int start, int stride, int rows, Dictionary<(ulong V, ulong O), string> strls)
        {
            if (type is >= 1 and <= 2045 or 32768)
            {
                var s = new string?[rows];
                for (var i = 0; i < rows; i++)
                {
                    var at = start + (i * stride);
                    s[i] = type == 32768 ? StrL(at, strls, name, i) : Fixed(at, type);
                }

                return new TextColumn(name, s);
            }

            var v = new double[rows];
            for (var i = 0; i < rows; i++)
            {
                var at = start + (i * stride);
                v[i] = type switch
                {
                    65530 => (sbyte)b[at] is var x && x > 100 ? double.NaN : x,
                    65529 => (short)U16(at) is var x && x > 32740 ? double.NaN : x,
                    65528 => (int)U32(at) is var x && x > 2147483620 ? double.NaN : x,
                    65527 => (int)U32(at) is var x && (x & 0x7FFFFFFF) >= 0x7F000000 && x > 0 ? double.NaN : BitConverter.Int32BitsToSingle(x),
                    _ => (long)U64(at) is var x && x >= 0x7FE0000000000000L ? double.NaN : BitConverter.Int64BitsToDouble(x),
                };
            }

            return new NumericColumn(name, v);
        }

        private string StrL(int at, Dictionary<(ulong V, ulong O), string> strls, string name, int row)
        {
            ulong v, o;
            if (release == 117)
            {
                v = U32(at);
                o = U32(at + 4);
            }
            else
            {
                var raw = U64(at);
                if (big)
                {
                    // Big-endian: v occupies the high-order bytes.
                    (v, o) = release == 118 ? (raw >> 48, raw & 0xFFFFFFFFFFFF) : (raw >> 40, raw & 0xFFFFFFFFFF);
                }
                else
                {
                    (v, o) = release == 118 ? (raw & 0xFFFF, raw >> 16) : (raw & 0xFFFFFF, raw >> 24);
                }
            }

            if (v == 0 && o == 0)
            {
                return string.Empty;
            }

            return strls.TryGetValue((v, o), out var s)
                ? s
                : throw new DtaFormatException($"variable '{name}', observation {row + 1}: strL ({v},{o}) is not in the strls section");
        }

        private Dictionary<(ulong V, ulong O), string> ReadStrls(int start)
        {
            var d = new Dictionary<(ulong, ulong), string>();
            var p = Expect(start, "<strls>");
            while (Matches(p, "GSO"))
            {
                p += 3;
                ulong v = U32(p);
                ulong o = release == 117 ? U32(p + 4) : U64(p + 4);
                p += release == 117 ? 8 : 12;
                var kind = b[p];
                var len = checked((int)U32(p + 1));
                p += 5;
                if (p + len > b.Length)
                {
                    throw new DtaFormatException("a strL runs past the end of the file");
                }

                var count = kind == 130 && len > 0 && b[p + len - 1] == 0 ? len - 1 : len;
                d[(v, o)] = text.GetString(b, p, count);
                p += len;
            }

            Expect(p, "</strls>");
            return d;
        }

        private static int Width(int type, string name) => type switch
        {
            >= 1 and <= 2045 => type,
            32768 => 8,
            65526 => 8,
            65527 => 4,
            65528 => 4,
            65529 => 2,
            65530 => 1,
            _ => throw new DtaFormatException($"variable '{name}' has unknown type code {type}"),
        };

        private string Fixed(int at, int size)
        {
            var span = b.AsSpan(at, size);
            var end = span.IndexOf((byte)0);
            return text.GetString(end < 0 ? span : span[..end]);
        }

        private int Expect(int at, string tag)
        {
            if (!Matches(at, tag))
            {
                throw new DtaFormatException($"expected {tag} at byte {at}");
            }

            return at + tag.Length;
        }

        private bool Matches(int at, string tag) =>
            at >= 0 && at + tag.Length <= b.Length && b.AsSpan(at, tag.Length).SequenceEqual(Encoding.ASCII.GetBytes(tag));

        private int Find(int from, string tag)
        {
            var i = b.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(tag));
            return i < 0 ? throw new DtaFormatException($"no {tag} section") : from + i;
        }

        private ushort U16(int at) => big ? BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at, 2)) : BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at, 2));

        private uint U32(int at) => big ? BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at, 4)) : BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at, 4));

        private ulong U64(int at) => big ? BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(at, 8)) : BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(at, 8));
    }
}
