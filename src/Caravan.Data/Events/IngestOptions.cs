namespace Caravan.Data.Events;

/// <summary>Options of one ingest (frozen).</summary>
/// <param name="Format">Force a format instead of detecting it from each file's first line.</param>
/// <param name="Strict">Any malformed row fails the whole ingest (nothing is written).</param>
/// <param name="DataDirectory">The shipped data/ folder (for cameo_goldstein.parquet); null = located as usual.</param>
public sealed record IngestOptions(EventFormat? Format = null, bool Strict = false, string? DataDirectory = null)
{
    /// <summary>How many malformed rows the report keeps (all are counted).</summary>
    public int MaxReported { get; init; } = 50;
}
