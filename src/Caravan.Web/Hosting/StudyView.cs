using System.Collections.Concurrent;
using Caravan.Analysis;
using Caravan.Analysis.Scenarios;
using Caravan.Reporting.Output;
using Caravan.Reporting.Report;

namespace Caravan.Web.Hosting;

/// <summary>The computed study as the server holds it: the result, its CSV tables (as <c>caravan analyze</c> writes them), the scenario simulator, and serialised responses cached by key.</summary>
internal sealed class StudyView
{
    /// <summary>Most distinct scenarios whose answers are kept (the oldest are dropped beyond it).</summary>
    public const int ScenarioCacheSize = 512;

    private readonly ConcurrentDictionary<string, byte[]> responses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ScenarioChanges, byte[]> scenarios = new();
    private readonly ConcurrentQueue<ScenarioChanges> scenarioOrder = new();

    public StudyView(StudyResult result)
    {
        Result = result;
        Simulator = ScenarioSimulator.From(result);
        Tables = new[]
        {
            StudyTables.Verdicts(result), StudyTables.KeyTerms(result), StudyTables.Trade(result), StudyTables.Events(result),
            StudyTables.Finance(result), StudyTables.Risks(result), StudyTables.Milestones(result), StudyTables.Summary(result),
            StudyTables.Codebook(result),
        }.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public StudyResult Result { get; }

    public ScenarioSimulator Simulator { get; }

    /// <summary>The study's CSV tables by name (the only tables the server offers for download).</summary>
    public IReadOnlyDictionary<string, CsvTable> Tables { get; }

    /// <summary>A scenario's answer: the same scenario (record equality) is evaluated once while it stays among the last <see cref="ScenarioCacheSize"/>.</summary>
    public byte[] Scenario(ScenarioChanges changes, Func<byte[]> make, out bool cached)
    {
        if (scenarios.TryGetValue(changes, out var hit))
        {
            cached = true;
            return hit;
        }

        cached = false;
        var bytes = make();
        if (scenarios.TryAdd(changes, bytes))
        {
            scenarioOrder.Enqueue(changes);
            while (scenarioOrder.Count > ScenarioCacheSize && scenarioOrder.TryDequeue(out var old))
            {
                scenarios.TryRemove(old, out _);
            }
        }

        return bytes;
    }

    /// <summary>A response computed once per key (the study is immutable, so is every response derived from it).</summary>
    public byte[] Cached(string key, Func<byte[]> make) => responses.GetOrAdd(key, _ => make());
}
