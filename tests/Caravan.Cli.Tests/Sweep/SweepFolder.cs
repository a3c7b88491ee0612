using System.Security.Cryptography;
using System.Text;

namespace Caravan.Cli.Tests.Sweep;

/// <summary>The temporary folder one case's fixtures are generated into (deleted afterwards).</summary>
public sealed class SweepFolder : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("caravan-sweep-").FullName;

    public string this[string name] => Path.Combine(Dir, name);

    public string Text(string name, string content)
    {
        File.WriteAllText(this[name], content, new UTF8Encoding(false));
        return this[name];
    }

    public string Bytes(string name, byte[] content)
    {
        File.WriteAllBytes(this[name], content);
        return this[name];
    }

    public static string Hash(string path) => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "(none)";

    /// <summary>Files in the folder whose name marks them as temporaries (".x.tmp").</summary>
    public IReadOnlyList<string> Temporaries() =>
        Directory.EnumerateFiles(Dir, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
