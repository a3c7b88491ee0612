using Caravan.Core.Frames;
using Caravan.Core.Panels;

namespace Caravan.Analysis.World;

/// <summary>Which dyads a model is estimated on.</summary>
public enum DyadSet
{
    PoliticallyRelevant,
    All,
}

/// <summary>One estimation sample: a dyad set and a window of years.</summary>
public sealed record Sample(DyadSet Dyads, YearRange Years)
{
    public string Label => $"{(Dyads == DyadSet.PoliticallyRelevant ? "Relevant dyads" : "All dyads")} {Years}";

    public string Key => $"{(Dyads == DyadSet.PoliticallyRelevant ? "prd" : "all")}_{Years.First}_{Years.Last}";
}

/// <summary>The four main samples and row selection.</summary>
public static class Samples
{
    public const string RelevantColumn = "prd";

    /// <summary>The reference sample (the rare-events robustness column is fitted on it).</summary>
    public static Sample Reference { get; } = new(DyadSet.PoliticallyRelevant, new YearRange(1950, 2014));

    public static IReadOnlyList<Sample> Main { get; } =
    [
        Reference,
        new(DyadSet.PoliticallyRelevant, new YearRange(1992, 2014)),
        new(DyadSet.All, new YearRange(1950, 2014)),
        new(DyadSet.All, new YearRange(1992, 2014)),
    ];

    /// <summary>The rows of <paramref name="frame"/> in the sample.</summary>
    public static Frame Select(Frame frame, Sample sample)
    {
        var year = frame.Numeric(StudyColumns.Year).Values;
        var prd = frame.Numeric(RelevantColumn).Values;
        var keep = Enumerable.Range(0, frame.RowCount)
            .Where(r => sample.Years.Contains((int)year[r]) && (sample.Dyads == DyadSet.All || prd[r] == 1))
            .ToArray();
        return Subset(frame, keep);
    }

    public static Frame Subset(Frame frame, int[] rows) => new(frame.Columns.Select<Column, Column>(c => c switch
    {
        NumericColumn n => new NumericColumn(n.Name, rows.Select(r => n.Values[r]).ToArray()),
        TextColumn t => new TextColumn(t.Name, rows.Select(r => t.Values[r]).ToArray()),
        _ => throw new InvalidOperationException(),
    }));
}
