using System.Collections.Concurrent;
using Caravan.Analysis;
using Caravan.Analysis.Scenarios;
using Caravan.Reporting.Output;
using Caravan.Reporting.Report;

namespace Caravan.Web.Hosting;

/// <summary>The computed study as the server holds it: the result, its CSV tables (as <c>caravan analyze</c> writes them), the scenario simulator, and serialised responses cached by key.</summary>
internal sealed class StudyView
{
    private readonly ConcurrentDictionary<string, byte[]> responses = new(StringComparer.Ordinal);

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

    /// <summary>A response computed once per key (the study is immutable, so is every response derived from it).</summary>
    public byte[] Cached(string key, Func<byte[]> make) => responses.GetOrAdd(key, _ => make());
}
