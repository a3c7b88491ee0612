using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Data.Events;

/// <summary>One raw input recorded in the store: its content hash (the idempotency key) and what it gave.</summary>
public sealed record IngestedFile(string Name, string Sha256, string Format, long Rows, long Malformed, long Bytes, string Batch, DateTime IngestedUtc);

/// <summary>
/// The store's table of contents (<c>manifest.json</c>): the ingested inputs and the Parquet parts. It is the only
/// truth: readers read exactly the listed parts, so parts of an interrupted ingest (not yet listed) are invisible and
/// are removed by the next ingest. Written to a temporary file and renamed over the old one.
/// </summary>
public sealed record StoreManifest(int Version, IReadOnlyList<IngestedFile> Files, IReadOnlyList<string> Parts)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static StoreManifest Empty { get; } = new(1, [], []);

    /// <summary>Event parts (relative paths under the store, '/'-separated).</summary>
    public IEnumerable<string> EventParts => Parts.Where(p => p.StartsWith("events/", StringComparison.Ordinal));

    /// <summary>Mention parts.</summary>
    public IEnumerable<string> MentionParts => Parts.Where(p => p.StartsWith("mentions/", StringComparison.Ordinal));

    internal static StoreManifest Load(string storeDirectory)
    {
        var path = Path.Combine(storeDirectory, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<StoreManifest>(File.ReadAllText(path), Json)
                ?? throw new EventDataException($"{path}: empty manifest.");
        }
        catch (JsonException e)
        {
            throw new EventDataException($"{path}: the store manifest is not valid JSON ({e.Message}); the store is damaged.", e);
        }
    }

    internal void Save(string storeDirectory)
    {
        var path = Path.Combine(storeDirectory, FileName);
        var temp = Path.Combine(storeDirectory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}
