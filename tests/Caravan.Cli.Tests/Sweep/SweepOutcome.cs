namespace Caravan.Cli.Tests.Sweep;

/// <summary>How one bad, faulty or hostile input was handled.</summary>
public enum OutcomeClass
{
    /// <summary>Non-zero exit with a plain message (no stack trace) that says what is wrong.</summary>
    ClearError,

    /// <summary>Exit 0 with the right result.</summary>
    CorrectHandling,

    /// <summary>A stack trace or an unhandled exception.</summary>
    Crash,

    /// <summary>No answer within the case's time limit.</summary>
    Hang,

    /// <summary>Exit 0 with a wrong result (or a file lost), and the user is not told.</summary>
    SilentWrong,

    /// <summary>Failed, but left a changed or half-written file (or store) behind.</summary>
    PartialOutput,

    /// <summary>An error whose message does not say what is wrong (or a refusal where a result was due).</summary>
    Misleading,
}

/// <summary>What a case produced.</summary>
public sealed record RunResult(int ExitCode, string Out, string Err, bool TimedOut, Exception? Escaped)
{
    public string All => Out + "\n" + Err;
}

/// <summary>The class a case fell into and why.</summary>
public sealed record Outcome(OutcomeClass Class, string Detail)
{
    public bool IsFailure => Class is OutcomeClass.Crash or OutcomeClass.Hang or OutcomeClass.SilentWrong
        or OutcomeClass.PartialOutput or OutcomeClass.Misleading;
}
