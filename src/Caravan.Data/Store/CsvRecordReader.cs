using System.Text;

namespace Caravan.Data.Store;

/// <summary>
/// Streams RFC 4180 records (comma-separated, "quoted" fields with "" escapes, fields may span lines) with
/// their 1-based row number (the header is row 1). Strict UTF-8; a leading byte-order mark is skipped.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string _fileName;
    private int _row;

    public CsvRecordReader(string path)
    {
        _fileName = Path.GetFileName(path);
        _reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The next record and its row number, or null at the end of the file.</summary>
    /// <exception cref="ImportException">Unterminated quote, text after a closing quote, or invalid UTF-8.</exception>
    public (int Row, string[] Fields)? Next()
    {
        try
        {
            return ReadRecord();
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException([$"{_fileName} row {_row + 1}: the file is not valid UTF-8 text (save it as UTF-8 CSV)."]);
        }
    }

    private (int, string[])? ReadRecord()
    {
        var first = _reader.Peek();
        if (first < 0)
        {
            return null;
        }

        _row++;
        var row = _row;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new ImportException([$"{_fileName} row {row}: a quoted field is never closed (missing \")."]);
                }

                fields.Add(field.ToString());
                return (row, fields.ToArray());
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = true;
                    wasQuoted = true;
                    break;
                case '"':
                    throw new ImportException([$"{_fileName} row {row}, field {fields.Count + 1}: a quote inside an unquoted field (quote the whole field and double inner quotes)."]);
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' when _reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    return (row, fields.ToArray());
                default:
                    if (wasQuoted)
                    {
                        throw new ImportException([$"{_fileName} row {row}, field {fields.Count + 1}: text after a closing quote."]);
                    }

                    field.Append(ch);
                    break;
            }
        }
    }
}
