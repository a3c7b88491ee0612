using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Caravan.DataBuild;

/// <summary>
/// Runs every <c>data/build/NN_table.sql</c> in order through DuckDB. Each script writes its parquet
/// file(s) into a temporary folder (<c>{out}</c>); after the declared keys are checked the files are
/// renamed into data/ (atomic on one file system).
/// </summary>
internal static partial class DataBuilder
{
    [GeneratedRegex(@"^\d\d_([a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();

    internal static void Run(BuildOptions options)
    {
        var scripts = Directory.GetFiles(Path.Combine(options.OutDirectory, "build"), "*.sql")
            .Select(p => (Path: p, Match: ScriptName().Match(Path.GetFileName(p))))
            .Where(s => s.Match.Success)
            .Select(s => (s.Path, Table: s.Match.Groups[1].Value))
            .Where(s => options.Only is null || s.Table.Contains(options.Only, StringComparison.Ordinal))
            .OrderBy(s => Path.GetFileName(s.Path), StringComparer.Ordinal)
            .ToList();
        if (scripts.Count == 0)
        {
            throw new BuildException(options.Only is null
                ? $"no NN_<table>.sql scripts in {Path.Combine(options.OutDirectory, "build")}"
                : $"no build script matches --only '{options.Only}'");
        }

        Console.WriteLine($"{"table",-28} {"rows",12} {"bytes",12}  script");
        foreach (var (path, _) in scripts)
        {
            RunScript(options, path);
        }

        var total = Directory.GetFiles(options.OutDirectory, "*.parquet").Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"data/*.parquet total: {total.ToString("N0", CultureInfo.InvariantCulture)} bytes ({total / 1048576.0:F1} MiB)");
    }

    private static void RunScript(BuildOptions options, string scriptPath)
    {
        var scriptName = Path.GetFileName(scriptPath);
        var tmp = Path.Combine(options.OutDirectory, ".build-tmp", Path.GetFileNameWithoutExtension(scriptPath));
        if (Directory.Exists(tmp))
        {
            Directory.Delete(tmp, recursive: true);
        }

        Directory.CreateDirectory(tmp);
        try
        {
            var text = File.ReadAllText(scriptPath);
            var sql = Placeholders.Apply(text, options, tmp);
            var watch = Stopwatch.StartNew();
            using (var connection = Duck.Open())
            {
                Duck.Execute(connection, sql, scriptName);
            }

            var produced = Directory.GetFiles(tmp, "*.parquet").OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (produced.Count == 0)
            {
                throw new BuildException($"{scriptName} wrote no parquet file to {{out}}");
            }

            using (var check = Duck.Open())
            {
                foreach (var key in KeyDeclaration.Parse(text))
                {
                    var file = Path.Combine(tmp, key.Table + ".parquet");
                    if (!File.Exists(file))
                    {
                        throw new BuildException($"{scriptName}: @key names table '{key.Table}' but the script did not write {key.Table}.parquet");
                    }

                    KeyCheck.Verify(check, file, key, scriptName);
                }
            }

            foreach (var file in produced)
            {
                long rows;
                using (var connection = Duck.Open())
                {
                    rows = Duck.Scalar<long>(connection, $"SELECT count(*) FROM read_parquet('{Duck.Quote(file)}')", scriptName);
                }

                var target = Path.Combine(options.OutDirectory, Path.GetFileName(file));
                File.Move(file, target, overwrite: true);
                var bytes = new FileInfo(target).Length;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileNameWithoutExtension(file),-28} {rows,12:N0} {bytes,12:N0}  {scriptName} ({watch.Elapsed.TotalSeconds:F1} s)"));
            }
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
            var parent = Path.Combine(options.OutDirectory, ".build-tmp");
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
    }
}
