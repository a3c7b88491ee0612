using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Data.Events.Readers;

/// <summary>
/// Reads one raw input line by line: detects its format (or takes the forced one), parses every row with the
/// format's parser, appends good rows to the staging tables and reports every bad row (file, line, column).
/// </summary>
internal static partial class RawEventReader
{
    /// <summary>What one input produced.</summary>
    public sealed record Result(EventFormat Format, long Rows, long Malformed, long Bytes);

    /// <summary>Reads <paramref name="source"/>; returns null when its format is not recognised (and none was forced).</summary>
    public static Result? Read(InputSource source, EventFormat? forced, StagingWriter sink, ActorCountryMapper countries, Action<MalformedRow> reject)
    {
        using var stream = source.Open();
        var counting = new CountingStream(stream);
        using var reader = new StreamReader(counting, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var first = reader.ReadLine();
        if (first is null)
        {
            return forced is null ? null : new Result(forced.Value, 0, 0, 0);
        }

        var format = forced ?? EventFormats.Detect(first);
        if (format is null)
        {
            return null;
        }

        var lineNo = 1;
        long rows = 0, bad = 0;
        var icewsSlot = IcewsFileSlot(source.Name);
        string? line = first;
        if (format == EventFormat.Icews)
        {
            var header = first.Split('\t');
            if (header.Length != IcewsLayout.Columns || header[0] != IcewsLayout.Header[0])
            {
                reject(new MalformedRow(source.Name, 1, "header", $"expected the ICEWS header ({IcewsLayout.Columns} columns starting 'Event ID'), found {header.Length} columns starting '{header[0]}'"));
                bad++;
            }

            line = reader.ReadLine();
            lineNo = 2;
        }

        for (; line is not null; line = reader.ReadLine(), lineNo++)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            try
            {
                switch (format.Value)
                {
                    case EventFormat.Gdelt2Mentions:
                        sink.Add(GdeltMentionParser.Parse(f, source.Name, lineNo));
                        break;
                    case EventFormat.Icews:
                        sink.Add(IcewsEventParser.Parse(f, source.Name, lineNo, icewsSlot, countries));
                        break;
                    default:
                        sink.Add(GdeltEventParser.Parse(f, format.Value, source.Name, lineNo, countries));
                        break;
                }

                rows++;
            }
            catch (RowRejectedException e)
            {
                reject(new MalformedRow(source.Name, lineNo, e.Column, e.Problem));
                bad++;
            }
        }

        return new Result(format.Value, rows, bad, counting.BytesRead);
    }

    /// <summary>The date of an ICEWS daily update file ("20181011-icews-events.tab"), else null.</summary>
    internal static DateTime? IcewsFileSlot(string name)
    {
        var m = IcewsDaily().Match(Path.GetFileName(name.Replace('!', '/')));
        return m.Success && DateTime.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"^(\d{8})-icews-events", RegexOptions.CultureInvariant)]
    private static partial Regex IcewsDaily();

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
