using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Caravan.Web.Hosting;

/// <summary>One page asset held in memory: bytes, content type and a strong ETag.</summary>
internal sealed record Asset(string Name, byte[] Bytes, string ContentType, string ETag);

/// <summary>
/// The page assets (the dashboard's scripts and styles, the vendored npm files) embedded in the assembly and loaded once.
/// A request names an asset; an unknown name is a 404, so no request path ever reaches the file system.
/// </summary>
internal static class Assets
{
    private const string Prefix = "asset:";

    private static readonly Lazy<FrozenDictionary<string, Asset>> All = new(Load);

    public static IReadOnlyCollection<string> Names => All.Value.Keys;

    public static Asset? Find(string name) => All.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(Assets).Assembly;
        var result = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var name = resource[Prefix.Length..].Replace('\\', '/');
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"";
            result[name] = new Asset(name, bytes, ContentType(name), etag);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    };
}
