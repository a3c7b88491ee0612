namespace Caravan.Core.Expressions;

/// <summary>
/// A parse, type or evaluation error at a 1-based character <see cref="Position"/> of the expression text
/// (0 when the error is not tied to a position). <see cref="What"/> is the bare reason; callers prefix
/// their context ("Formula position 12: …", "--where position 3: …").
/// </summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(int position, string what)
        : base(position > 0 ? $"position {position}: {what}" : what)
    {
        Position = position;
        What = what;
    }

    public ExpressionException()
        : this(0, "invalid expression")
    {
    }

    public ExpressionException(string message)
        : this(0, message)
    {
    }

    public ExpressionException(string message, Exception inner)
        : base(message, inner)
    {
        What = message;
    }

    public int Position { get; }

    public string What { get; } = string.Empty;

    /// <summary>"context position N: what" and, when the text is given, the text with a caret under the position.</summary>
    public string Describe(string context, string? text = null)
    {
        var head = Position > 0 ? $"{context} position {Position}: {What}" : $"{context}: {What}";
        if (text is null || Position <= 0 || text.Length > 300 || text.Contains('\n', StringComparison.Ordinal))
        {
            return head.EndsWith('.') ? head : head + ".";
        }

        return $"{head.TrimEnd('.')}.\n  {text}\n  {new string(' ', Math.Min(Position - 1, text.Length))}^";
    }
}
