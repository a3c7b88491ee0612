namespace Caravan.DataBuild;

/// <summary>Prepends build/_prelude.sql and replaces the script placeholders: {raw} (raw folder), {out} (output folder), {manual} (data/build/manual).</summary>
internal static class Placeholders
{
    /// <summary>Name of the shared prelude (macros) prepended to every script and query.</summary>
    internal const string PreludeFile = "_prelude.sql";

    internal static string Apply(string sql, BuildOptions options, string outDirectory) =>
        (Prelude(options) + "\n" + sql).Replace("{raw}", Duck.Quote(options.RawDirectory), StringComparison.Ordinal)
           .Replace("{out}", Duck.Quote(outDirectory), StringComparison.Ordinal)
           .Replace("{manual}", Duck.Quote(Path.Combine(options.OutDirectory, "build", "manual")), StringComparison.Ordinal);

    private static string Prelude(BuildOptions options)
    {
        var path = Path.Combine(options.OutDirectory, "build", PreludeFile);
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }
}
