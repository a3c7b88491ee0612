namespace Caravan.Data.Events;

/// <summary>What an ingest did.</summary>
/// <param name="Added">Inputs ingested now.</param>
/// <param name="AlreadyIngested">Inputs whose content (SHA-256) the store already holds: skipped, so re-ingesting is idempotent.</param>
/// <param name="Unrecognised">Files found in folders/globs whose first line fits no format (skipped).</param>
/// <param name="Malformed">The first malformed rows (see <see cref="MalformedCount"/> for all).</param>
/// <param name="MalformedCount">All malformed rows (not ingested).</param>
/// <param name="UnmappedCountries">Actor country values that map to no COW state, with the number of actor sides.</param>
/// <param name="Bytes">Raw (decompressed) bytes parsed.</param>
/// <param name="Seconds">Wall time of the ingest.</param>
public sealed record IngestReport(
    IReadOnlyList<IngestedFile> Added,
    IReadOnlyList<string> AlreadyIngested,
    IReadOnlyList<string> Unrecognised,
    IReadOnlyList<MalformedRow> Malformed,
    long MalformedCount,
    IReadOnlyDictionary<string, long> UnmappedCountries,
    long Bytes,
    double Seconds)
{
    public long Events => Added.Where(f => f.Format != "gdelt2-mentions").Sum(f => f.Rows);

    public long Mentions => Added.Where(f => f.Format == "gdelt2-mentions").Sum(f => f.Rows);
}
