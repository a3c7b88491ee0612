namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>Outputs land whole or not at all; data and codebook together; stale temporaries are cleaned.</summary>
    private static IEnumerable<SweepCase> Atomicity()
    {
        foreach (var ext in new[] { "csv", "parquet", "dta" })
        {
            var hash = "";
            yield return new SweepCase($"atomic-panel-codebook-unwritable-{ext}", f =>
            {
                var old = f.Text($"p.{ext}", "previous\n");
                hash = SweepFolder.Hash(old);
                Directory.CreateDirectory(f["p.codebook.md"]); // the codebook cannot be written
                return Panel(old);
            }, Error("p.codebook.md"))
            {
                Check = (f, _) => SweepFolder.Hash(f[$"p.{ext}"]) != hash ? "the data file was replaced without its codebook"
                    : f.Temporaries().Count > 0 ? "temporaries left: " + string.Join(", ", f.Temporaries()) : null,
            };
            yield return new SweepCase($"atomic-stale-temporaries-cleaned-{ext}", f =>
            {
                f.Text($".p.{ext}.999999999.0123456789abcdef0123456789abcdef.tmp", "half-written by a killed run");
                f.Text($".p.codebook.csv.999999999.0123456789abcdef0123456789abcdef.tmp", "half-written by a killed run");
                return Panel(f[$"p.{ext}"]);
            }, Result((f, _) => f.Temporaries().Count > 0 ? "stale temporaries left: " + string.Join(", ", f.Temporaries().Select(Path.GetFileName)) : null));
        }

        yield return new SweepCase("atomic-panel-kill-during-parquet-keeps-target", f =>
        {
            f.Text("p.parquet", "previous");
            return Panel(f["p.parquet"]);
        }, Result((f, r) => SweepFolder.Hash(f["p.parquet"]) == "" ? "lost" : null))
        {
            Run = (f, c) =>
            {
                var args = c.Setup(f);
                var before = SweepFolder.Hash(f["p.parquet"]);
                using var p = SweepRunner.StartProcess([.. args.Select(a => a == "2000-2001" ? "1816-2020" : a).Select(a => a == "CHN,KAZ" ? "USA,CAN,MEX,GBR,FRA,RUS,CHN,JPN" : a).Select(a => a == "state-year" ? "directed-dyad-year" : a).Select(a => a == "none" ? "all" : a)]);
                var sw = System.Diagnostics.Stopwatch.StartNew();
                while (sw.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited && !Directory.EnumerateFiles(f.Dir, ".p.parquet.*").Any())
                {
                    Thread.Sleep(5);
                }

                if (!p.HasExited)
                {
                    p.Kill(true);
                }

                p.WaitForExit();
                var after = SweepFolder.Hash(f["p.parquet"]);
                var complete = after != before && File.Exists(f["p.codebook.csv"]);
                return new RunResult(0, complete || after == before ? "ok" : "", after == before || complete ? "" : "target changed by a killed write", false, null);
            },
            Expect = Result((_, r) => r.Out == "ok" ? null : r.Err),
        };
    }
}
