namespace Caravan.Cli.Tests.Sweep;

/// <summary>
/// One sweep case: <see cref="Setup"/> writes its fixtures into a fresh folder and returns the command line;
/// <see cref="Expect"/> says whether a clear error or a result is the right answer; <see cref="Check"/>
/// (optional) inspects the files afterwards and returns what is wrong with them (null = fine).
/// </summary>
public sealed record SweepCase(string Name, Func<SweepFolder, string[]> Setup, Expectation Expect)
{
    /// <summary>After the run: null when the files are as they must be, else what is wrong (lost/changed/partial).</summary>
    public Func<SweepFolder, RunResult, string?>? Check { get; init; }

    /// <summary>Run as a separate process (needed for process-level faults: kills, memory, concurrency).</summary>
    public bool OutOfProcess { get; init; }

    /// <summary>Environment for an out-of-process run.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A custom run (several processes, ...) replacing the single command; returns the result to classify.</summary>
    public Func<SweepFolder, SweepCase, RunResult>? Run { get; init; }

    public override string ToString() => Name;
}

/// <summary>The right answer to a case.</summary>
public abstract record Expectation
{
    /// <summary>A non-zero exit whose message contains each fragment (case-insensitive).</summary>
    public sealed record Error(params string[] Fragments) : Expectation;

    /// <summary>Exit 0 and <see cref="Verify"/> returns null (else the reason the result is wrong).</summary>
    public sealed record Result(Func<SweepFolder, RunResult, string?> Verify) : Expectation;

    /// <summary>Either a clear error with the fragments, or exit 0 passing <see cref="Verify"/>.</summary>
    public sealed record ErrorOrResult(string[] Fragments, Func<SweepFolder, RunResult, string?> Verify) : Expectation;
}
