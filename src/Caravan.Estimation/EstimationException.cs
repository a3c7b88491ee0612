namespace Caravan.Estimation;

/// <summary>
/// A user-facing estimation error (bad formula, missing column, unusable outcome, ...).
/// The message is meant to be printed as is; callers should not show a stack trace.
/// </summary>
public sealed class EstimationException : Exception
{
    public EstimationException(string message)
        : base(message)
    {
    }

    public EstimationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
