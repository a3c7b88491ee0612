namespace Caravan.Data.Events;

/// <summary>Bad event input or a store problem, with a message naming the file, line and column where known.</summary>
public sealed class EventDataException : Exception
{
    public EventDataException(string message)
        : base(message)
    {
    }

    public EventDataException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
