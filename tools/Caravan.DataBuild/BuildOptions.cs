namespace Caravan.DataBuild;

/// <summary>Command-line options of the data build, frozen after parsing.</summary>
/// <param name="RawDirectory">Folder holding the raw files (read-only input).</param>
/// <param name="OutDirectory">The repository's data/ folder (holds build/ and receives the parquet files).</param>
/// <param name="Only">If set, run only the SQL file(s) whose table name contains this text.</param>
/// <param name="Query">If set, run this ad-hoc query (placeholders allowed) and print the result instead of building.</param>
internal sealed record BuildOptions(string RawDirectory, string OutDirectory, string? Only, string? Query)
{
    internal const string Usage =
        "usage: Caravan.DataBuild --raw <raw folder> --out <data folder> [--only NAME] [--query SQL]";

    /// <summary>Parses the arguments; throws <see cref="BuildException"/> with the usage text on error.</summary>
    internal static BuildOptions Parse(IReadOnlyList<string> args)
    {
        string? raw = null, output = null, only = null, query = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new BuildException($"option '{name}' needs a value. {Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--raw": raw = value; break;
                case "--out": output = value; break;
                case "--only": only = value; break;
                case "--query": query = value; break;
                default: throw new BuildException($"unknown option '{name}'. {Usage}");
            }
        }

        if (raw is null || output is null)
        {
            throw new BuildException($"--raw and --out are required. {Usage}");
        }

        raw = Path.GetFullPath(raw);
        output = Path.GetFullPath(output);
        if (!Directory.Exists(raw))
        {
            throw new BuildException($"raw folder not found: {raw}");
        }

        if (!Directory.Exists(Path.Combine(output, "build")))
        {
            throw new BuildException($"no build/ folder with SQL scripts under {output}");
        }

        return new BuildOptions(raw, output, only, query);
    }
}
