using System.Collections.Concurrent;
using Caravan.Data.Panels;

namespace Caravan.Web.Hosting;

/// <summary>A panel the server built: its id, the files it wrote (the only files it will serve), its summary and codebook.</summary>
internal sealed record BuiltPanel(
    Guid Id, string Request, PanelSummary Summary, IReadOnlyList<CodebookEntry> Codebook, IReadOnlyList<string> Notes,
    IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Preview, DateTime Built);

/// <summary>
/// The server's own folder of built panels (a fresh temporary folder unless --work says otherwise). Panels are found by
/// id; file names are the server's, never the client's. The oldest panels are deleted beyond <see cref="Keep"/>.
/// </summary>
internal sealed class PanelWorkArea : IDisposable
{
    public const int Keep = 8;

    private readonly ConcurrentDictionary<Guid, BuiltPanel> panels = new();
    private readonly bool owned;

    public PanelWorkArea(ServeOptions options)
    {
        owned = options.WorkDirectory is null;
        Root = options.WorkDirectory is { } w ? Directory.CreateDirectory(w).FullName : Directory.CreateTempSubdirectory("caravan-serve-").FullName;
        DataDirectory = options.DataDirectory;
    }

    public string Root { get; }

    public string? DataDirectory { get; }

    /// <summary>A new folder for one panel's files.</summary>
    public (Guid Id, string Folder) Reserve()
    {
        var id = Guid.NewGuid();
        return (id, Directory.CreateDirectory(Path.Combine(Root, id.ToString("N"))).FullName);
    }

    public void Add(BuiltPanel panel)
    {
        panels[panel.Id] = panel;
        foreach (var old in panels.Values.OrderByDescending(p => p.Built).Skip(Keep))
        {
            if (panels.TryRemove(old.Id, out _))
            {
                TryDelete(Path.Combine(Root, old.Id.ToString("N")));
            }
        }
    }

    public BuiltPanel? Find(string id) => Guid.TryParseExact(id, "N", out var g) || Guid.TryParseExact(id, "D", out g) ? panels.GetValueOrDefault(g) : null;

    public void Dispose()
    {
        if (owned)
        {
            TryDelete(Root);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
