using Caravan.Data.Sources;

namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    private const string SmallPanel = "--unit state-year --years 2000-2001 --states CHN,KAZ --steps none";

    private static string[] Panel(string outPath, params string[] more) => ["panel", .. SmallPanel.Split(' '), "--out", outPath, .. more];

    /// <summary>A copy of the shipped data folder (tables and SOURCES.md) a case may damage.</summary>
    private static string CopyOfData(SweepFolder f)
    {
        var target = Directory.CreateDirectory(f["data"]).FullName;
        foreach (var file in Directory.EnumerateFiles(DataDirectory.Locate()).Where(p => p.EndsWith(".parquet", StringComparison.Ordinal) || p.EndsWith("SOURCES.md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static IReadOnlyDictionary<string, string> DataEnv(SweepFolder f) => new Dictionary<string, string> { ["CARAVAN_DATA"] = f["data"] };

    /// <summary>Refuse (or require --force) rather than replace the input, a shipped table or another format's codebook.</summary>
    private static IEnumerable<SweepCase> Overwrites()
    {
        var hash = "";
        yield return new SweepCase("overwrite-fit-out-onto-its-data", f =>
        {
            var d = f.Text("d.csv", Fixtures.Csv());
            hash = SweepFolder.Hash(d);
            return ["fit", "--data", d, "--formula", "y ~ x", "--out", d];
        }, Error("--out", "--data"))
        { Check = (f, _) => SweepFolder.Hash(f["d.csv"]) == hash ? null : "the data file was replaced by the table" };

        yield return new SweepCase("overwrite-fit-out-onto-its-data-other-spelling", f =>
        {
            var d = f.Text("d.csv", Fixtures.Csv());
            hash = SweepFolder.Hash(d);
            return ["fit", "--data", d, "--formula", "y ~ x", "--out", Path.Combine(f.Dir, ".", "sub", "..", "d.csv")];
        }, Error("--out", "--data"))
        { Check = (f, _) => SweepFolder.Hash(f["d.csv"]) == hash ? null : "the data file was replaced by the table" };

        var shipped = "";
        yield return new SweepCase("overwrite-panel-out-onto-shipped-table", f =>
        {
            var data = CopyOfData(f);
            shipped = SweepFolder.Hash(Path.Combine(data, "cow_states.parquet"));
            return Panel(Path.Combine(data, "cow_states.parquet"));
        }, Error("data"))
        {
            OutOfProcess = true,
            Environment = null,
            Run = (f, c) => SweepRunner.RunProcess(c.Setup(f), c.Timeout, DataEnv(f)),
            Check = (f, _) => SweepFolder.Hash(f["data/cow_states.parquet"]) == shipped ? null : "the shipped table was overwritten",
        };

        yield return new SweepCase("overwrite-panel-into-data-folder", f =>
        {
            var data = CopyOfData(f);
            return Panel(Path.Combine(data, "mine.csv"));
        }, Error("data"))
        {
            Run = (f, c) => SweepRunner.RunProcess(c.Setup(f), c.Timeout, DataEnv(f)),
            Check = (f, _) => File.Exists(f["data/mine.csv"]) ? "wrote into the data folder" : null,
        };

        yield return new SweepCase("overwrite-codebook-of-another-format", f =>
        {
            var first = SweepRunner.RunInProcess(Panel(f["p.csv"]), TimeSpan.FromSeconds(60));
            if (first.ExitCode != 0)
            {
                throw new InvalidOperationException(first.Err);
            }

            hash = SweepFolder.Hash(f["p.codebook.csv"]);
            // another panel (dyad-year: other columns), so the shared codebook would change
            return ["panel", "--unit", "dyad-year", "--years", "2000-2001", "--states", "CHN,KAZ,RUS", "--steps", "none", "--out", f["p.parquet"]];
        }, new Expectation.ErrorOrResult(["p.csv", "codebook"], (f, _) => File.Exists(f["p.csv"]) && File.Exists(f["p.parquet"]) && SweepFolder.Hash(f["p.codebook.csv"]) == hash ? null : "the codebook now describes another file"))
        { Check = (f, _) => SweepFolder.Hash(f["p.codebook.csv"]) == hash ? null : "p.csv's codebook was replaced" };

        yield return new SweepCase("overwrite-panel-out-onto-existing-output", f =>
        {
            f.Text("p.csv", "old\n");
            return Panel(f["p.csv"]);
        }, Result((f, _) => File.ReadAllText(f["p.csv"]).StartsWith("ccode", StringComparison.Ordinal) ? null : "not replaced"));
    }
}
