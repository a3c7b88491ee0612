using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Core.Frames;

namespace Caravan.Data.Store;

/// <summary>
/// Fast parallel CSV → <see cref="Frame"/> reader (UTF-8, comma-separated, first line = header, RFC 4180 quotes;
/// a quoted field must not contain a line break). A column is numeric when every non-missing value parses as a
/// number, else text. Missing: empty, NA, NaN, null, ".". Gzip when the name ends in .gz.
/// </summary>
public static class CsvFrameReader
{
    public static Frame Read(string path, int? threads = null)
    {
        byte[] bytes;
        try
        {
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var fs = File.OpenRead(path);
                using var gz = new GZipStream(fs, CompressionMode.Decompress);
                using var ms = new MemoryStream();
                gz.CopyTo(ms);
                bytes = ms.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"Cannot read '{path}': {e.Message}", e);
        }

        var frame = Parse(bytes, path, threads ?? Environment.ProcessorCount);
        if (bytes.Length > 100_000_000)
        {
            // Give the raw file buffer back before the caller allocates its working set (keeps peak memory down).
            bytes = [];
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        return frame;
    }

    internal static Frame Parse(byte[] data, string source, int threads)
    {
        var start = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
        var headerEnd = Array.IndexOf(data, (byte)'\n', start);
        if (headerEnd < 0)
        {
            headerEnd = data.Length;
        }

        var header = SplitLine(data.AsSpan(start, headerEnd - start)).Select(f => Unquote(data.AsSpan(start + f.Start, f.Length))).ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException($"{source}: the first line (header) is empty.");
        }

        var lines = LineStarts(data, Math.Min(headerEnd + 1, data.Length), threads);
        var n = lines.Count;
        var k = header.Length;
        var nums = new double[k][];
        for (var j = 0; j < k; j++)
        {
            nums[j] = new double[n];
        }

        var isText = new bool[k];
        var badRow = -1;
        var badCount = 0;
        var chunks = Math.Max(1, Math.Min(threads * 4, (n / 10_000) + 1));
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            var from = (int)((long)n * c / chunks);
            var to = (int)((long)n * (c + 1) / chunks);
            for (var r = from; r < to; r++)
            {
                var (ls, le) = lines[r];
                var span = data.AsSpan(ls, le - ls);
                var j = 0;
                var pos = 0;
                while (j < k)
                {
                    var (fs, fl, next) = NextField(span, pos);
                    var field = span.Slice(fs, fl);
                    if (!isText[j])
                    {
                        if (!TryParseNumber(field, out var v))
                        {
                            isText[j] = true;
                        }
                        else
                        {
                            nums[j][r] = v;
                        }
                    }

                    j++;
                    if (next < 0)
                    {
                        break;
                    }

                    pos = next;
                }

                if (j != k)
                {
                    Interlocked.Increment(ref badCount);
                    Interlocked.CompareExchange(ref badRow, r, -1);
                }
            }
        });
        if (badCount > 0)
        {
            throw new InvalidDataException($"{source}: row {badRow + 2} (line {badRow + 2}) has fewer than the {k} fields of the header ({badCount} such rows).");
        }

        var columns = new Column[k];
        for (var j = 0; j < k; j++)
        {
            columns[j] = isText[j] ? new TextColumn(header[j], ReadText(data, lines, j, threads)) : new NumericColumn(header[j], nums[j]);
            if (isText[j])
            {
                nums[j] = [];
            }
        }

        return new Frame(columns);
    }

    private static string?[] ReadText(byte[] data, List<(int Start, int End)> lines, int col, int threads)
    {
        var n = lines.Count;
        var values = new string?[n];
        var chunks = Math.Max(1, Math.Min(threads, (n / 10_000) + 1));
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            var intern = new Dictionary<string, string>(StringComparer.Ordinal);
            var lookup = intern.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buf = stackalloc char[256];
            var from = (int)((long)n * c / chunks);
            var to = (int)((long)n * (c + 1) / chunks);
            for (var r = from; r < to; r++)
            {
                var (ls, le) = lines[r];
                var span = data.AsSpan(ls, le - ls);
                var pos = 0;
                (int S, int L, int Next) f = default;
                for (var j = 0; j <= col; j++)
                {
                    f = NextField(span, pos);
                    pos = f.Next;
                }

                var field = span.Slice(f.S, f.L);
                if (IsMissing(field))
                {
                    values[r] = null;
                    continue;
                }

                if (field.Length <= 64 && field.IndexOf((byte)'"') < 0)
                {
                    var len = Encoding.UTF8.GetChars(field, buf);
                    if (!lookup.TryGetValue(buf[..len], out var s))
                    {
                        s = new string(buf[..len]);
                        intern[s] = s;
                    }

                    values[r] = s;
                }
                else
                {
                    values[r] = Unquote(field);
                }
            }
        });
        return values;
    }

    private static List<(int Start, int End)> LineStarts(byte[] data, int from, int threads)
    {
        var len = data.Length - from;
        var chunks = Math.Max(1, Math.Min(threads, (len / 1_000_000) + 1));
        var parts = new List<(int, int)>[chunks];
        var bounds = new int[chunks + 1];
        bounds[0] = from;
        bounds[chunks] = data.Length;
        for (var c = 1; c < chunks; c++)
        {
            var b = from + (int)((long)len * c / chunks);
            var nl = Array.IndexOf(data, (byte)'\n', b);
            bounds[c] = nl < 0 ? data.Length : nl + 1;
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            var list = new List<(int, int)>((bounds[c + 1] - bounds[c]) / 40);
            var p = bounds[c];
            var end = bounds[c + 1];
            while (p < end)
            {
                var nl = data.AsSpan(p, end - p).IndexOf((byte)'\n');
                var e = nl < 0 ? end : p + nl;
                var le = e > p && data[e - 1] == '\r' ? e - 1 : e;
                if (le > p)
                {
                    list.Add((p, le));
                }

                p = e + 1;
            }

            parts[c] = list;
        });
        var all = new List<(int, int)>(parts.Sum(x => x.Count));
        foreach (var p in parts)
        {
            all.AddRange(p);
        }

        return all;
    }

    // Returns the field content (without surrounding quotes) and the start of the next field (−1 at end of line).
    private static (int Start, int Length, int Next) NextField(ReadOnlySpan<byte> line, int pos)
    {
        if (pos < line.Length && line[pos] == '"')
        {
            var p = pos + 1;
            while (p < line.Length)
            {
                if (line[p] == '"')
                {
                    if (p + 1 < line.Length && line[p + 1] == '"')
                    {
                        p += 2;
                        continue;
                    }

                    break;
                }

                p++;
            }

            var close = p;
            var comma = close + 1 < line.Length ? line[(close + 1)..].IndexOf((byte)',') : -1;
            return (pos + 1, close - pos - 1, comma < 0 ? -1 : close + 2 + comma);
        }

        var idx = line[pos..].IndexOf((byte)',');
        return idx < 0 ? (pos, line.Length - pos, -1) : (pos, idx, pos + idx + 1);
    }

    private static IEnumerable<(int Start, int Length)> SplitLine(ReadOnlySpan<byte> line)
    {
        var list = new List<(int, int)>();
        var pos = 0;
        var l = line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
        while (true)
        {
            var (s, len, next) = NextField(l, pos);
            list.Add((s, len));
            if (next < 0)
            {
                break;
            }

            pos = next;
        }

        return list;
    }

    private static string Unquote(ReadOnlySpan<byte> field)
    {
        var s = Encoding.UTF8.GetString(field);
        return s.Contains("\"\"", StringComparison.Ordinal) ? s.Replace("\"\"", "\"", StringComparison.Ordinal) : s;
    }

    private static bool IsMissing(ReadOnlySpan<byte> f) =>
        f.Length == 0 || f.SequenceEqual("NA"u8) || f.SequenceEqual("NaN"u8) || f.SequenceEqual("nan"u8) || f.SequenceEqual("null"u8)
        || f.SequenceEqual("NULL"u8) || f.SequenceEqual("."u8) || f.SequenceEqual("N/A"u8);

    private static ReadOnlySpan<double> Pow10 => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Parses a number; missing markers give NaN. Fast exact path (Clinger) for ≤ 15 significant digits.</summary>
    internal static bool TryParseNumber(ReadOnlySpan<byte> f, out double value)
    {
        if (IsMissing(f))
        {
            value = double.NaN;
            return true;
        }

        var p = 0;
        var neg = false;
        if (f[0] is (byte)'-' or (byte)'+')
        {
            neg = f[0] == '-';
            p = 1;
        }

        long mant = 0;
        var digits = 0;
        var exp = 0;
        var any = false;
        while (p < f.Length && (uint)(f[p] - '0') <= 9)
        {
            if (digits > 0 || f[p] != '0')
            {
                digits++;
            }

            mant = (mant * 10) + (f[p] - '0');
            p++;
            any = true;
            if (digits > 15)
            {
                break;
            }
        }

        if (digits <= 15 && p < f.Length && f[p] == '.')
        {
            p++;
            while (p < f.Length && (uint)(f[p] - '0') <= 9)
            {
                if (digits > 0 || f[p] != '0')
                {
                    digits++;
                }

                mant = (mant * 10) + (f[p] - '0');
                exp--;
                p++;
                any = true;
                if (digits > 15)
                {
                    break;
                }
            }
        }

        if (digits <= 15 && any && p == f.Length && exp >= -22)
        {
            var v = (double)mant;
            v = exp < 0 ? v / Pow10[-exp] : v;
            value = neg ? -v : v;
            return true;
        }

        if (Utf8Parser.TryParse(f, out double d, out var consumed, 'E') && consumed == f.Length)
        {
            value = d;
            return true;
        }

        if (double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out d))
        {
            value = d;
            return true;
        }

        value = double.NaN;
        return false;
    }
}
