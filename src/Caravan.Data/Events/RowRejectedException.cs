namespace Caravan.Data.Events;

/// <summary>Thrown by a field parser for one bad field; the reader turns it into a <see cref="MalformedRow"/>.</summary>
internal sealed class RowRejectedException(string column, string problem) : Exception(problem)
{
    public string Column { get; } = column;

    public string Problem { get; } = problem;
}
