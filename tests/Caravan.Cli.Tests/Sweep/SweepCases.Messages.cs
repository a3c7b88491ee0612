using System.Text;

namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>Messages that say what is wrong, where.</summary>
    private static IEnumerable<SweepCase> Messages()
    {
        yield return new SweepCase("message-import-invalid-utf8-row-15000", f =>
        {
            var sb = new StringBuilder("id,name\n");
            for (var i = 2; i <= 20000; i++)
            {
                sb.Append(i).Append(",name_").Append(i == 15000 ? "Z" : "ok").Append('\n');
            }

            var bytes = Encoding.UTF8.GetBytes(sb.ToString());
            bytes[Array.IndexOf(bytes, (byte)'Z')] = 0xFF;
            return Import(f.Bytes("t.csv", bytes), f["s.duckdb"], "t");
        }, Error("t.csv", "row 15000", "UTF-8"))
        { Check = (f, _) => File.Exists(f["s.duckdb"]) ? "an empty store was left" : null };
        yield return new SweepCase("message-import-invalid-utf8-after-multiline-field", f =>
        {
            var text = "id,name\n1,\"two\nlines\"\n3,ok\n4,Z\n";
            var bytes = Encoding.UTF8.GetBytes(text);
            bytes[Array.IndexOf(bytes, (byte)'Z')] = 0xFE;
            return Import(f.Bytes("t.csv", bytes), f["s.duckdb"], "t");
        }, Error("t.csv", "line 5", "UTF-8"));
        yield return new SweepCase("message-fit-data-is-a-folder", f => ["fit", "--data", Directory.CreateDirectory(f["folder"]).FullName, "--formula", "y ~ x"], Error("is a folder"));
        yield return new SweepCase("message-fit-data-missing", f => ["fit", "--data", f["nope.csv"], "--formula", "y ~ x"], Error("nope.csv", "does not exist"));
        yield return new SweepCase("message-one-text-cell-in-numeric", Fit(Fixtures.CsvWithLine(3, l => ReplaceField(l, 1, "12a")), "y ~ x"), Error("row 3", "column x", "12a"));
        yield return new SweepCase("message-all-negative-weights", Fit(Fixtures.Csv().Replace(",0.", ",-0.", StringComparison.Ordinal), "y ~ x", "--weights", "w"), Error("weight", "negative"));
        yield return new SweepCase("message-some-negative-weights", Fit(Fixtures.CsvWithLine(10, l => ReplaceField(l, 4, "-1")), "y ~ x", "--weights", "w"), Error("weight", "negative"));
        yield return new SweepCase("message-unknown-column", Fit(Fixtures.Csv(), "y ~ nope"), Error("nope"));
        yield return new SweepCase("message-import-numeric-with-text-cell", f => Import(f.Text("t.csv", "a,b\n1,2\n2,x\n"), f["s.duckdb"], "t", "--schema", "a:int,b:double"), Error("t.csv row 3", "column b", "'x'"));
        yield return new SweepCase("message-import-decimals-are-double", f => Import(f.Text("t.csv", "a,b\n1,2.5\n2,3.0\n3,1e3\n"), f["s.duckdb"], "t"),
            Result((_, r) => r.Out.Contains("b                        double", StringComparison.Ordinal) && r.Out.Contains("a                        integer", StringComparison.Ordinal) ? null : "wrong types: " + r.Out));
        yield return new SweepCase("message-import-decimals-in-parquet-are-double", f => Import(Fixtures.Parquet(f["t.parquet"], "SELECT range AS a, (range + 0.0)::DOUBLE AS b, (range / 4)::DECIMAL(10,2) AS c FROM range(8)"), f["s.duckdb"], "t"),
            Result((_, r) => r.Out.Contains("b                        double", StringComparison.Ordinal) && r.Out.Contains("c                        double", StringComparison.Ordinal) ? null : "decimals typed as integers: " + r.Out));
    }
}
