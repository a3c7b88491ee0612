using System.Text;

namespace Caravan.Cli.Hosting;

/// <summary>
/// Wraps the error stream so that text echoed from the command line or a file (a country name, a column,
/// a path) cannot drive the user's terminal: control characters other than line breaks and tabs are written
/// as visible escapes (ESC → \u001b).
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public static TextWriter Wrap(TextWriter writer) => writer is TerminalSafeWriter ? writer : new TerminalSafeWriter(writer);

    /// <summary>The text with every control character except \n, \r and \t spelled as \uXXXX.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            inner.Write(Escape(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Escape(value));

    public override void Flush() => inner.Flush();

    private static bool IsUnsafe(char c) => (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || c is '\u2028' or '\u2029' or '\u202e';
}
