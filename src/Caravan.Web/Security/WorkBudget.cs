using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Security;

/// <summary>
/// The budget of a panel build or a model fit: at most <see cref="MaxConcurrent"/> run at once (another request is told
/// the server is busy at once, not queued), each has a time limit after which the client gets an error, and a panel's
/// estimated size must fit <see cref="MaxCells"/> before it starts. A run that overruns its time keeps its slot until it
/// really ends, so overruns cannot pile up.
/// </summary>
internal sealed class WorkBudget
{
    public const int MaxConcurrent = 1;

    /// <summary>Largest panel (rows × columns, ≈ 8 bytes each in memory) the server builds: 40 million cells ≈ 320 MB.</summary>
    public const long MaxCells = 40_000_000;

    /// <summary>Largest panel in rows.</summary>
    public const long MaxRows = 400_000;

    private readonly SemaphoreSlim slots = new(MaxConcurrent, MaxConcurrent);

    public WorkBudget(TimeSpan timeLimit) => TimeLimit = timeLimit;

    public TimeSpan TimeLimit { get; }

    /// <summary>Runs <paramref name="work"/> on the thread pool within the budget; the error results are ready to return.</summary>
    public async Task<(T? Value, IResult? Error)> Run<T>(string what, Func<T> work)
    {
        if (!await slots.WaitAsync(0))
        {
            return (default, ApiError.Result(StatusCodes.Status429TooManyRequests,
                $"error: the server is busy with another panel or fit (at most {MaxConcurrent} at a time); try again in a few seconds."));
        }

        var task = Task.Run(work);
        _ = task.ContinueWith(_ => slots.Release(), TaskScheduler.Default);
        try
        {
            return (await task.WaitAsync(TimeLimit), null);
        }
        catch (TimeoutException)
        {
            return (default, ApiError.Result(StatusCodes.Status503ServiceUnavailable,
                $"error: the {what} took longer than the server's budget of {TimeLimit.TotalSeconds:F0} s; narrow it (fewer years, states or steps) or use the CLI."));
        }
    }
}
