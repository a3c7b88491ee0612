using System.Diagnostics;

namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    private static string[] Import(string file, string store, string name, params string[] more) => ["import", file, "--name", name, "--store", store, .. more];

    /// <summary>A path is a path: brackets and stars are characters of a file name, not patterns.</summary>
    private static IEnumerable<SweepCase> Paths()
    {
        yield return new SweepCase("path-brackets-import-parquet", f =>
        {
            Fixtures.Parquet(f["pq1.parquet"], "SELECT range AS a FROM range(5)");
            Fixtures.Parquet(f["pq[1].parquet"], "SELECT range AS a FROM range(3)");
            return Import(f["pq[1].parquet"], f["s.duckdb"], "t");
        }, Result((f, _) => Fixtures.StoreCount(f["s.duckdb"], "t") == 3 ? null : "imported another file (pq1.parquet)"));
        yield return new SweepCase("path-star-import-parquet", f =>
        {
            Fixtures.Parquet(f["star1.parquet"], "SELECT range AS a FROM range(5)");
            Fixtures.Parquet(f["star*.parquet"], "SELECT range AS a FROM range(3)");
            return Import(f["star*.parquet"], f["s.duckdb"], "t");
        }, Result((f, _) => Fixtures.StoreCount(f["s.duckdb"], "t") == 3 ? null : "imported several files"));
        yield return new SweepCase("path-star-import-parquet-no-such-file", f =>
        {
            Fixtures.Parquet(f["star1.parquet"], "SELECT range AS a FROM range(5)");
            return Import(f["star*.parquet"], f["s.duckdb"], "t");
        }, Error("star*.parquet", "no such file"))
        { Check = (f, _) => File.Exists(f["s.duckdb"]) ? "an empty store was left behind" : null };
        yield return new SweepCase("path-brackets-cite-codebook", f =>
        {
            f.Text("a1.codebook.csv", "variable,description,unit,source,citation\nx,x,,cow_nmc,\n");
            f.Text("a[1].codebook.csv", "variable,description,unit,source,citation\nx,x,,imf_dots,\n");
            return ["cite", "--panel", f["a[1].codebook.csv"]];
        }, Result((_, r) => r.Out.Contains("imf_dots", StringComparison.Ordinal) && !r.Out.Contains("cow_nmc", StringComparison.Ordinal) ? null : "read another codebook"));
        yield return new SweepCase("path-brackets-fit-data", f =>
        {
            f.Text("d1.csv", "x,y\n1,2\n");
            return ["fit", "--data", f.Text("d[1].csv", Fixtures.Csv()), "--formula", "y ~ x", "--out", f["out.csv"]];
        }, Result((f, _) => File.Exists(f["out.csv"]) ? null : "no table"));
    }

    /// <summary>The store: a path is a file name (never connection options), only a DuckDB file is opened, concurrent imports are safe.</summary>
    private static IEnumerable<SweepCase> Store()
    {
        yield return new SweepCase("store-connection-string-injection", f => Import(f.Text("t.csv", "a,b\n1,2\n"), f["x;memory_limit=1KB"], "t"),
            new Expectation.ErrorOrResult(["store"], (f, _) => Fixtures.StoreCount(f["x;memory_limit=1KB"], "t") == 1 && !File.Exists(f["x"]) ? null : "the path was read as options"))
        { Check = (f, _) => File.Exists(f["x"]) ? "a store 'x' was created from the options" : null };
        var hash = "";
        foreach (var (ext, content) in new[] { ("csv", "a,b\n1,2\n"), ("json", "{\"a\": 1}\n"), ("parquet", "") })
        {
            yield return new SweepCase($"store-path-is-a-{ext}-file", f =>
            {
                var path = ext == "parquet" ? Fixtures.Parquet(f["existing.parquet"], "SELECT 1 AS a") : f.Text($"existing.{ext}", content);
                hash = SweepFolder.Hash(path);
                return Import(f.Text("t.csv", "a,b\n1,2\n"), path, "t");
            }, Error("not a DuckDB"))
            { Check = (f, _) => SweepFolder.Hash(f[$"existing.{ext}"]) == hash ? null : "the file was changed" };
        }

        yield return new SweepCase("store-path-is-a-folder", f => Import(f.Text("t.csv", "a,b\n1,2\n"), Directory.CreateDirectory(f["dir.duckdb"]).FullName, "t"), Error("folder"));
        yield return new SweepCase("store-folder-missing", f => Import(f.Text("t.csv", "a,b\n1,2\n"), f["nope/s.duckdb"], "t"), Error("does not exist"));
        yield return new SweepCase("store-concurrent-imports-into-new-store", f => [], Result((f, r) =>
        {
            var tables = Fixtures.StoreTables(f["s.duckdb"]);
            return tables is null ? "the store was deleted after a reported success: " + r.Out
                : r.Out.Split('\n').Count(l => l.StartsWith("Created table", StringComparison.Ordinal)) != tables.Count ? $"reported {r.Out.Trim()} but the store holds {string.Join(",", tables)}"
                : null;
        }))
        {
            Run = (f, c) =>
            {
                var csv = f.Text("t.csv", Fixtures.Csv(20000));
                var ps = Enumerable.Range(1, 2).Select(i => SweepRunner.StartProcess(Import(csv, f["s.duckdb"], $"t{i}"))).ToList();
                var outs = ps.Select(p => (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync())).ToList();
                var ok = ps.All(p => p.WaitForExit(c.Timeout));
                foreach (var p in ps.Where(p => !p.HasExited))
                {
                    p.Kill(true);
                }

                var stdout = string.Join("\n", outs.Select(o => o.Item1.Result));
                var stderr = string.Join("\n", outs.Select(o => o.Item2.Result));
                var failed = ps.Any(p => p.ExitCode != 0 && !stderr.Contains("in use", StringComparison.OrdinalIgnoreCase));
                foreach (var p in ps)
                {
                    p.Dispose();
                }

                return new RunResult(failed ? 2 : 0, stdout, stderr, !ok, null);
            },
        };
        yield return new SweepCase("store-panel-leaves-no-table", f =>
        {
            var r = SweepRunner.RunInProcess(Import(f.Text("t.csv", "a,b\n1,2\n"), f["s.duckdb"], "mine"), TimeSpan.FromSeconds(60));
            return r.ExitCode == 0 ? Panel(f["p.csv"], "--store", f["s.duckdb"]) : throw new InvalidOperationException(r.Err);
        }, Result((f, _) => Fixtures.StoreTables(f["s.duckdb"]) is ["mine"] ? null : "the store now holds " + string.Join(",", Fixtures.StoreTables(f["s.duckdb"]) ?? [])));
        yield return new SweepCase("store-user-table-named-like-panel-temporary", f =>
        {
            foreach (var t in new[] { "panel_1", "panel_2", "universe_1", "state_years_1" })
            {
                var r = SweepRunner.RunInProcess(Import(f.Text("t.csv", "a,b\n1,2\n"), f["s.duckdb"], t), TimeSpan.FromSeconds(60));
                if (r.ExitCode != 0)
                {
                    throw new InvalidOperationException(r.Err);
                }
            }

            return Panel(f["p.csv"], "--store", f["s.duckdb"]);
        }, Result((f, _) => new[] { "panel_1", "panel_2", "universe_1", "state_years_1" }.All(t => Fixtures.StoreCount(f["s.duckdb"], t) == 1) ? null : "a user table was clobbered"));
        yield return new SweepCase("store-user-table-named-like-shipped", f => Import(f.Text("t.csv", "a,b\n1,2\n"), f["s.duckdb"], "cow_nmc"), Error("cow_nmc", "shipped"))
        { Check = (f, _) => Fixtures.StoreTables(f["s.duckdb"]) is null or [] ? null : "the table was created" };
        yield return new SweepCase("store-user-table-named-like-shipped-other-case", f => Import(f.Text("t.csv", "a,b\n1,2\n"), f["s.duckdb"], "COW_NMC"), Error("shipped"));
        yield return new SweepCase("store-table-reserved-prefix", f => Import(f.Text("t.csv", "a,b\n1,2\n"), f["s.duckdb"], "_caravan_x"), Error("_caravan"));
    }
}
