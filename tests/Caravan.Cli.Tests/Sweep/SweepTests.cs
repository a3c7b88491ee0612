using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Caravan.Cli.Tests.Sweep;

/// <summary>
/// Every sweep case is a regression test: it fails on a crash, hang, silent-wrong result, partial output or a
/// misleading message. The running tally of outcome classes is written to caravan-sweep-tally.txt in the
/// temporary folder (or to $CARAVAN_SWEEP_TALLY).
/// </summary>
[Collection("console")]
public sealed class SweepTests(ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<string, Outcome> Outcomes = new();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in SweepCases.All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var c = SweepCases.Get(name);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = SweepRunner.Execute(c);
        Outcomes[name] = outcome with { Detail = $"[{clock.Elapsed.TotalSeconds:F1} s] {outcome.Detail}" };
        WriteTally();
        output.WriteLine($"{name}: {outcome.Class}: {outcome.Detail}");
        Assert.False(outcome.IsFailure, $"{name}: {outcome.Class}: {outcome.Detail}");
    }

    private static void WriteTally()
    {
        var path = Environment.GetEnvironmentVariable("CARAVAN_SWEEP_TALLY") ?? Path.Combine(Path.GetTempPath(), "caravan-sweep-tally.txt");
        var snapshot = Outcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var lines = new List<string> { $"cases run: {snapshot.Count} of {SweepCases.All.Count}" };
        lines.AddRange(Enum.GetValues<OutcomeClass>().Select(k => $"{k}: {snapshot.Count(kv => kv.Value.Class == k)}"));
        lines.Add("");
        lines.AddRange(snapshot.Select(kv => $"{kv.Key}\t{kv.Value.Class}\t{kv.Value.Detail.Replace('\n', ' ')}"));
        try
        {
            File.WriteAllLines(path, lines);
        }
        catch (IOException)
        {
        }
    }
}
