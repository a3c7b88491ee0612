using System.Collections.Concurrent;
using System.Diagnostics;
using Caravan.Analysis;

namespace Caravan.Web.Hosting;

/// <summary>Where the study stands: being computed, ready, or failed (with the error as the CLI would print it).</summary>
internal enum StudyState
{
    Computing,
    Ready,
    Failed,
}

/// <summary>
/// Computes the study once, in the background, when the server starts (pages that need it say so and poll
/// <c>/api/status</c> until it is ready), and keeps the result for the process's lifetime: servers in one process with
/// the same study options share one computation.
/// </summary>
internal sealed class StudyHost
{
    private static readonly ConcurrentDictionary<StudyOptions, Computation> Computations = new();
    private readonly Computation computation;

    public StudyHost(ServeOptions options)
    {
        Options = options;
        var study = new StudyOptions(options.Seed, options.Reduced ? Math.Min(100, options.Draws) : options.Draws, options.Reduced, options.DataDirectory);
        computation = Computations.GetOrAdd(study, s => new Computation(s));
    }

    public ServeOptions Options { get; }

    public StudyState State => computation.View is not null ? StudyState.Ready : computation.Error is not null ? StudyState.Failed : StudyState.Computing;

    public StudyView? View => computation.View;

    public string? Error => computation.Error;

    public TimeSpan Elapsed => computation.ReadyAfter ?? computation.Clock.Elapsed;

    public IReadOnlyList<string> Progress => [.. computation.Progress];

    /// <summary>Starts the computation (idempotent) and returns it.</summary>
    public Task<StudyView> Start() => computation.Task.Value;

    private sealed class Computation : IProgress<string>
    {
        public Computation(StudyOptions options)
        {
            Options = options;
            Task = new Lazy<Task<StudyView>>(() => System.Threading.Tasks.Task.Run(Compute), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public StudyOptions Options { get; }

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public ConcurrentQueue<string> Progress { get; } = new();

        public Lazy<Task<StudyView>> Task { get; }

        public StudyView? View { get; private set; }

        public string? Error { get; private set; }

        public TimeSpan? ReadyAfter { get; private set; }

        public void Report(string value)
        {
            Progress.Enqueue($"{Clock.Elapsed.TotalSeconds:F1} s  {value}");
            while (Progress.Count > 200 && Progress.TryDequeue(out _))
            {
            }
        }

        private StudyView Compute()
        {
            try
            {
                Clock.Restart();
                var view = new StudyView(ChinaCentralAsiaStudy.Run(Options, this));
                ReadyAfter = Clock.Elapsed;
                View = view;
                Report("ready");
                return view;
            }
            catch (Exception e)
            {
                Error = "error: " + e.Message;
                throw;
            }
        }
    }
}
