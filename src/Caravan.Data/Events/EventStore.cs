namespace Caravan.Data.Events;

/// <summary>
/// A folder of partitioned Parquet event files (<c>events/dataset=D/year=Y/*.parquet</c>, <c>mentions/...</c>)
/// listed by <see cref="StoreManifest"/>. Opening never changes anything; writers take the folder's lock.
/// </summary>
public sealed class EventStore
{
    private EventStore(string directory, StoreManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
    }

    /// <summary>The store folder (full path).</summary>
    public string Directory { get; }

    /// <summary>The manifest as read when the store was opened.</summary>
    public StoreManifest Manifest { get; }

    /// <summary>Full paths of the event parts listed in the manifest.</summary>
    public IReadOnlyList<string> EventFiles => Manifest.EventParts.Select(Full).ToList();

    /// <summary>Full paths of the mention parts.</summary>
    public IReadOnlyList<string> MentionFiles => Manifest.MentionParts.Select(Full).ToList();

    /// <summary>Opens an existing store; throws <see cref="EventDataException"/> when the folder holds none.</summary>
    public static EventStore Open(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!File.Exists(Path.Combine(full, StoreManifest.FileName)))
        {
            throw new EventDataException($"{full} is not an event store (no {StoreManifest.FileName}); create one with 'caravan events ingest --store {directory} FILES...'.");
        }

        return new EventStore(full, StoreManifest.Load(full));
    }

    /// <summary>Opens the store in <paramref name="directory"/>, or an empty one (nothing is written until an ingest commits).</summary>
    internal static EventStore OpenOrEmpty(string directory)
    {
        var full = Path.GetFullPath(directory);
        return new EventStore(full, StoreManifest.Load(full));
    }

    private string Full(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Takes the writer's lock (fails at once when another ingest holds it).</summary>
    internal static FileStream Lock(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ".lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new EventDataException($"The event store {directory} is being written by another ingest ({path} is locked).", e);
        }
    }

    /// <summary>Removes what an interrupted ingest left: staging folders and parts not listed in the manifest.</summary>
    internal static int RemoveLeftovers(string directory, StoreManifest manifest)
    {
        var removed = 0;
        foreach (var d in System.IO.Directory.EnumerateDirectories(directory, ".staging-*"))
        {
            System.IO.Directory.Delete(d, recursive: true);
            removed++;
        }

        foreach (var t in System.IO.Directory.EnumerateFiles(directory, $".{StoreManifest.FileName}.*.tmp"))
        {
            File.Delete(t);
        }

        var listed = manifest.Parts.ToHashSet(StringComparer.Ordinal);
        foreach (var root in new[] { "events", "mentions" })
        {
            var dir = Path.Combine(directory, root);
            if (!System.IO.Directory.Exists(dir))
            {
                continue;
            }

            foreach (var f in System.IO.Directory.EnumerateFiles(dir, "*.parquet", SearchOption.AllDirectories))
            {
                if (!listed.Contains(Path.GetRelativePath(directory, f).Replace('\\', '/')))
                {
                    File.Delete(f);
                    removed++;
                }
            }
        }

        return removed;
    }
}
