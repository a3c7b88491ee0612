namespace Caravan.Data.Store;

/// <summary>An import that was refused; nothing was written. <see cref="Errors"/> lists every problem found
/// (up to a limit), each naming the file, row (header = row 1) and column.</summary>
public sealed class ImportException : Exception
{
    public ImportException(IReadOnlyList<string> errors, int more = 0)
        : base(string.Join(Environment.NewLine, errors) + (more > 0 ? $"{Environment.NewLine}... and {more} more error(s)." : ""))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
