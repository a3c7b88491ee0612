using System.Text;

namespace Caravan.Data.Store;

/// <summary>
/// Streams RFC 4180 records (comma-separated, "quoted" fields with "" escapes, quoted fields may span lines)
/// with their 1-based row number (the header is row 1; a record spanning lines counts as one row). Strict
/// UTF-8; a leading byte-order mark is skipped. Line breaks inside quoted fields are read as \n.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string _fileName;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private int _row;

    public CsvRecordReader(string path)
    {
        _fileName = Path.GetFileName(path);
        _reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The next record and its row number, or null at the end of the file.</summary>
    /// <exception cref="ImportException">Unterminated quote, stray quote, or invalid UTF-8.</exception>
    public (int Row, string[] Fields)? Next()
    {
        string? line;
        try
        {
            line = _reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8();
        }

        if (line is null)
        {
            return null;
        }

        _row++;
        return (_row, line.Contains('"', StringComparison.Ordinal) ? ParseQuoted(line) : line.Split(','));
    }

    private string[] ParseQuoted(string line)
    {
        var row = _row;
        _fields.Clear();
        _field.Clear();
        var quoted = false;
        var wasQuoted = false;
        var i = 0;
        while (true)
        {
            if (i == line.Length)
            {
                if (!quoted)
                {
                    _fields.Add(_field.ToString());
                    return [.. _fields];
                }

                // a quoted field goes on on the next line
                try
                {
                    line = _reader.ReadLine() ?? throw new ImportException([$"{_fileName} row {row}: a quoted field is never closed (missing \")."]);
                }
                catch (DecoderFallbackException)
                {
                    throw NotUtf8();
                }

                _field.Append('\n');
                i = 0;
                continue;
            }

            var ch = line[i++];
            if (quoted)
            {
                if (ch != '"')
                {
                    _field.Append(ch);
                }
                else if (i < line.Length && line[i] == '"')
                {
                    _field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (ch == ',')
            {
                _fields.Add(_field.ToString());
                _field.Clear();
                wasQuoted = false;
            }
            else if (ch == '"')
            {
                if (_field.Length > 0 || wasQuoted)
                {
                    throw new ImportException([$"{_fileName} row {row}, field {_fields.Count + 1}: a quote inside an unquoted field (quote the whole field and double inner quotes)."]);
                }

                quoted = true;
                wasQuoted = true;
            }
            else if (wasQuoted)
            {
                throw new ImportException([$"{_fileName} row {row}, field {_fields.Count + 1}: text after a closing quote."]);
            }
            else
            {
                _field.Append(ch);
            }
        }
    }

    private ImportException NotUtf8() =>
        new([$"{_fileName} row {_row + 1}: the file is not valid UTF-8 text (save it as UTF-8 CSV)."]);
}
