using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Core.Frames;

namespace Caravan.Data.Store;

/// <summary>
/// The project's CSV → <see cref="Frame"/> reader: fast and parallel (UTF-8, comma-separated, first line = header,
/// RFC 4180 quotes; a quoted field must not contain a line break). A column is numeric when every non-missing
/// value parses as a number and text when most do not; a column of numbers with a few other cells is an error
/// naming file, row, column and value (read them as missing with <see cref="CsvReadOptions.ExtraMissing"/>).
/// Every row must have the header's number of fields. Missing: empty, NA, NaN, nan, null, NULL, ".", N/A (and
/// the extra markers). Gzip when the name ends in .gz. Invalid UTF-8, duplicate column names (also differing
/// only in case) and oversized lines or cells are errors, never a silently different table.
/// </summary>
public static class CsvFrameReader
{
    /// <summary>At most this many bad cells are listed in one error.</summary>
    private const int MaxListed = 5;

    public static Frame Read(string path, int? threads = null) => Read(path, new CsvReadOptions(), threads);

    public static Frame Read(string path, CsvReadOptions options, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        byte[] bytes = InputFiles.ReadAllBytes(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var ms = new MemoryStream();
                gz.CopyTo(ms);
                if (ms.Length == 0 && bytes.Length > 0)
                {
                    throw new InvalidDataException("no data in the gzip stream");
                }

                bytes = ms.ToArray();
            }
            catch (Exception e) when (e is InvalidDataException or IOException or OutOfMemoryException)
            {
                throw new InvalidDataException($"{path}: not a valid gzip file ({e.Message}).", e);
            }
        }

        var frame = Parse(bytes, path, threads ?? Environment.ProcessorCount, options);
        if (bytes.Length > 100_000_000)
        {
            // Give the raw file buffer back before the caller allocates its working set (keeps peak memory down).
            bytes = [];
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        return frame;
    }

    internal static Frame Parse(byte[] data, string source, int threads) => Parse(data, source, threads, new CsvReadOptions());

    internal static Frame Parse(byte[] data, string source, int threads, CsvReadOptions options)
    {
        var start = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
        var headerEnd = Array.IndexOf(data, (byte)'\n', start);
        if (headerEnd < 0)
        {
            headerEnd = data.Length;
        }

        if (headerEnd - start > options.MaxHeaderBytes)
        {
            throw new InvalidDataException(
                $"{source}: the first line (header) is {headerEnd - start:N0} bytes long (at most {options.MaxHeaderBytes:N0}): this is not a CSV header. Is it a CSV file with one header line?");
        }

        Utf8Text.Require(data, source);
        var header = SplitLine(data.AsSpan(start, headerEnd - start)).Select(f => Unquote(data.AsSpan(start + f.Start, f.Length)).Trim()).ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException($"{source}: the first line (header) is empty.");
        }

        CheckHeader(header, source);
        var missing = options.ExtraMissing.Select(t => System.Text.Encoding.UTF8.GetBytes(t)).ToArray();
        var lines = LineStarts(data, Math.Min(headerEnd + 1, data.Length), threads);
        var n = lines.Count;
        var k = header.Length;
        var nums = new double[k][];
        for (var j = 0; j < k; j++)
        {
            nums[j] = new double[n];
        }

        var numberCount = new long[k];
        var otherCount = new long[k];
        var others = new List<(int Row, string Value)>[k];
        for (var j = 0; j < k; j++)
        {
            others[j] = [];
        }

        var badRows = new List<(int Row, string Problem)>();
        var badCount = 0;
        var chunks = Math.Max(1, Math.Min(threads * 4, (n / 10_000) + 1));
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            var from = (int)((long)n * c / chunks);
            var to = (int)((long)n * (c + 1) / chunks);
            var localNumbers = new long[k];
            var localOthers = new long[k];
            var localList = new List<(int Col, int Row, string Value)>();
            var localBad = new List<(int Row, string Problem)>();
            var localBadCount = 0;
            for (var r = from; r < to; r++)
            {
                var (ls, le) = lines[r];
                var span = data.AsSpan(ls, le - ls);
                var j = 0;
                var pos = 0;
                string? problem = null;
                while (true)
                {
                    var (fs, fl, next) = NextField(span, pos);
                    if (next == Unterminated)
                    {
                        problem = $"field {j + 1}{(j < k ? $" (column {header[j]})" : "")}: a quoted field is not closed (a quote is missing, or the field has a line break, which this reader does not allow)";
                        break;
                    }

                    if (j < k)
                    {
                        var field = span.Slice(fs, fl);
                        if (fl > options.MaxFieldBytes)
                        {
                            problem = $"column {header[j]}: a cell of {fl:N0} bytes (at most {options.MaxFieldBytes:N0})";
                            break;
                        }

                        if (IsMissing(field, missing))
                        {
                            nums[j][r] = double.NaN;
                        }
                        else if (TryParseNumber(field, out var v))
                        {
                            nums[j][r] = v;
                            localNumbers[j]++;
                        }
                        else
                        {
                            if (localOthers[j]++ < MaxListed)
                            {
                                localList.Add((j, r, Unquote(field)));
                            }
                        }
                    }

                    j++;
                    if (next < 0)
                    {
                        break;
                    }

                    pos = next;
                }

                if (problem is null && j != k)
                {
                    problem = j > k
                        ? $"{j} fields, but the header has {k} (an unquoted comma inside a value, such as 1,000? Quote the value or remove the comma)"
                        : $"{j} fields, but the header has {k}";
                }

                if (problem is not null)
                {
                    localBadCount++;
                    if (localBad.Count < MaxListed)
                    {
                        localBad.Add((r, problem));
                    }
                }
            }

            lock (badRows)
            {
                badCount += localBadCount;
                badRows.AddRange(localBad);
                for (var j = 0; j < k; j++)
                {
                    numberCount[j] += localNumbers[j];
                    otherCount[j] += localOthers[j];
                }

                foreach (var (col, row, value) in localList)
                {
                    others[col].Add((row, value));
                }
            }
        });
        if (badCount > 0)
        {
            var shown = badRows.OrderBy(b => b.Row).Take(MaxListed).Select(b => $"{source} row {LineOf(data, lines[b.Row].Start)}: {b.Problem}");
            throw new InvalidDataException(string.Join("\n", shown) + (badCount > MaxListed ? $"\n({badCount:N0} such rows in all)" : ""));
        }

        var isText = new bool[k];
        var mixed = new List<string>();
        for (var j = 0; j < k; j++)
        {
            if (otherCount[j] == 0)
            {
                continue;
            }

            isText[j] = true;
            if (numberCount[j] >= otherCount[j])
            {
                // mostly numbers: a few other cells are a typo or an unlisted missing marker, never a factor
                var cells = others[j].OrderBy(o => o.Row).Take(MaxListed).Select(o => $"row {LineOf(data, lines[o.Row].Start)} '{o.Value}'");
                mixed.Add($"{source} column {header[j]}: {numberCount[j]:N0} numbers and {otherCount[j]:N0} other cell(s): {string.Join(", ", cells)}");
            }
        }

        if (mixed.Count > 0)
        {
            throw new InvalidDataException(
                string.Join("\n", mixed) + $"\nFix those cells, or read them as missing with --na VALUE (missing markers now: {options.MissingList}).");
        }

        var columns = new Column[k];
        for (var j = 0; j < k; j++)
        {
            columns[j] = isText[j] ? new TextColumn(header[j], ReadText(data, lines, j, threads, missing)) : new NumericColumn(header[j], nums[j]);
            if (isText[j])
            {
                nums[j] = [];
            }
        }

        return new Frame(columns);
    }

    /// <summary>Empty or repeated column names (also names that differ only in case) are errors.</summary>
    private static void CheckHeader(string[] header, string source)
    {
        var empty = header.Select((h, i) => (h, i)).Where(x => x.h.Length == 0).Select(x => (x.i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        var repeated = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1 && g.Key.Length > 0)
            .Select(g => string.Join(", ", header.Select((h, i) => (h, i)).Where(x => string.Equals(x.h, g.Key, StringComparison.OrdinalIgnoreCase)).Select(x => $"'{x.h}' (field {x.i + 1})")))
            .ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidDataException($"{source}: the header names a column twice: {string.Join("; ", repeated)}. Column names must differ (also in more than upper/lower case); rename them.");
        }

        if (empty.Count > 1)
        {
            throw new InvalidDataException($"{source}: header fields {string.Join(", ", empty)} have no name; name every column.");
        }
    }

    /// <summary>1-based line number of a byte offset (the header is line 1).</summary>
    private static int LineOf(byte[] data, int offset) => data.AsSpan(0, offset).Count((byte)'\n') + 1;

    private static string?[] ReadText(byte[] data, List<(int Start, int End)> lines, int col, int threads, byte[][] missing)
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
                if (IsMissing(field, missing))
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

    /// <summary>The "next" of a field whose opening quote is never closed on its line.</summary>
    private const int Unterminated = -2;

    // Returns the field content (without surrounding quotes) and the start of the next field (−1 at end of line, −2 unterminated quote).
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

            if (p >= line.Length)
            {
                return (pos + 1, line.Length - pos - 1, Unterminated);
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

    private static bool IsMissing(ReadOnlySpan<byte> f, byte[][] extra)
    {
        if (IsMissing(f))
        {
            return true;
        }

        foreach (var t in extra)
        {
            if (f.SequenceEqual(t))
            {
                return true;
            }
        }

        return false;
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
