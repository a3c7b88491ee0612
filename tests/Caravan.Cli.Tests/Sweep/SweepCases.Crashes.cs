namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>Each a one-line error and an exit code, never a stack trace.</summary>
    private static IEnumerable<SweepCase> Crashes()
    {
        yield return new SweepCase("crash-fit-duplicate-header", Fit("x,y,x\n1,2,3\n2,3,4\n3,5,6\n", "y ~ x"), Error("d.csv", "'x' (field 1)", "twice"));
        yield return new SweepCase("crash-fit-duplicate-header-case-only", Fit("x,y,X\n1,2,3\n2,3,4\n3,5,6\n", "y ~ x"), Error("d.csv", "'X' (field 3)", "twice"));
        yield return new SweepCase("crash-import-duplicate-header", f => Import(f.Text("t.csv", "a,b,a\n1,2,3\n"), f["s.duckdb"], "t"), Error("t.csv", "a"))
        { Check = (f, _) => File.Exists(f["s.duckdb"]) ? "an empty store was left" : null };
        yield return new SweepCase("crash-import-duplicate-header-case-only", f => Import(f.Text("t.csv", "a,b,A\n1,2,3\n"), f["s.duckdb"], "t"), Error("t.csv", "A"))
        { Check = (f, _) => File.Exists(f["s.duckdb"]) ? "an empty store was left" : null };
        yield return new SweepCase("crash-import-schema-duplicate-case-only", f => Import(f.Text("t.csv", "a,b\n1,2\n"), f["s.duckdb"], "t", "--schema", "a:int,A:int"), Error("twice"));
        yield return new SweepCase("crash-import-parquet-duplicate-case-only", f => Import(Fixtures.ParquetTwoColumns(f["t.parquet"], "a", "A"), f["s.duckdb"], "t"), Error("t.parquet", "A"));
        yield return new SweepCase("crash-fit-corrupt-parquet", f => ["fit", "--data", f.Bytes("d.parquet", [.. "PAR1"u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, .. "PAR1"u8]), "--formula", "y ~ x"], Error("d.parquet"));
        yield return new SweepCase("crash-fit-truncated-parquet", f =>
        {
            var p = Fixtures.Parquet(f["full.parquet"], "SELECT range::DOUBLE AS x, (range * 2)::DOUBLE AS y FROM range(1000)");
            var bytes = File.ReadAllBytes(p);
            return ["fit", "--data", f.Bytes("d.parquet", bytes[..(bytes.Length / 2)]), "--formula", "y ~ x"];
        }, Error("d.parquet"));
        yield return new SweepCase("crash-import-truncated-parquet", f =>
        {
            var p = Fixtures.Parquet(f["full.parquet"], "SELECT range::DOUBLE AS x FROM range(1000)");
            var bytes = File.ReadAllBytes(p);
            return Import(f.Bytes("d.parquet", bytes[..(bytes.Length / 2)]), f["s.duckdb"], "t");
        }, Error("d.parquet"))
        { Check = (f, _) => File.Exists(f["s.duckdb"]) ? "an empty store was left" : null };
        yield return new SweepCase("crash-fit-data-is-a-folder", f => ["fit", "--data", Directory.CreateDirectory(f["dir.csv"]).FullName, "--formula", "y ~ x"], Error("folder"));
        yield return new SweepCase("crash-import-file-is-a-folder", f => Import(Directory.CreateDirectory(f["dir.csv"]).FullName, f["s.duckdb"], "t"), Error("folder"));
        yield return new SweepCase("crash-fit-data-dev-null", _ => ["fit", "--data", "/dev/null", "--formula", "y ~ x"], Error("/dev/null"));
        yield return new SweepCase("crash-fit-data-dev-zero-csv", f =>
        {
            File.CreateSymbolicLink(f["zero.csv"], "/dev/zero");
            return ["fit", "--data", f["zero.csv"], "--formula", "y ~ x"];
        }, Error("zero.csv", "not a regular file"))
        { OutOfProcess = true, Timeout = TimeSpan.FromSeconds(30) };
        yield return new SweepCase("crash-import-dev-zero-csv", f =>
        {
            File.CreateSymbolicLink(f["zero.csv"], "/dev/zero");
            return Import(f["zero.csv"], f["s.duckdb"], "t");
        }, Error("zero.csv", "not a regular file"))
        { OutOfProcess = true, Timeout = TimeSpan.FromSeconds(30) };
        yield return new SweepCase("crash-fit-huge-single-line", f =>
        {
            using (var w = new StreamWriter(f["d.csv"]))
            {
                for (var i = 0; i < 300_000; i++)
                {
                    w.Write(i % 2 == 0 ? "x," : "y,");
                }
            }

            return ["fit", "--data", f["d.csv"], "--formula", "y ~ x"];
        }, Error("d.csv", "header"));
        yield return new SweepCase("crash-fit-huge-field", f =>
        {
            using (var w = new StreamWriter(f["d.csv"]))
            {
                w.Write("x,y\n1,2\n2,");
                w.Write(new string('7', 20_000_000));
                w.Write("\n");
            }

            return ["fit", "--data", f["d.csv"], "--formula", "y ~ x"];
        }, Error("d.csv", "row 3"));
        yield return new SweepCase("crash-fit-binary-file", f => ["fit", "--data", f.Bytes("d.csv", [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256))]), "--formula", "y ~ x"], Error("d.csv"));
        yield return new SweepCase("crash-fit-unreadable-file", f =>
        {
            var p = f.Text("d.csv", Fixtures.Csv());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(p, UnixFileMode.None);
            }

            return ["fit", "--data", p, "--formula", "y ~ x"];
        }, new Expectation.ErrorOrResult(["d.csv"], (_, _) => Environment.UserName == "root" ? null : "read a file without permission"));
    }
}
