namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>No response files; the documented @file of --schema works; cite validates; nothing echoed raw.</summary>
    private static IEnumerable<SweepCase> CommandLine()
    {
        yield return new SweepCase("cli-codes-at-file-not-expanded", f => ["codes", "@" + f.Text("secret.txt", "SECRET-CONTENT --year 1990\n")],
            Error("@"))
        { Check = (_, r) => r.All.Contains("SECRET-CONTENT", StringComparison.Ordinal) ? "the file's content was echoed" : null };
        yield return new SweepCase("cli-codes-at-dir", f => ["codes", "@" + f.Dir], Error("unknown"));
        yield return new SweepCase("cli-codes-at-missing", _ => ["codes", "@/nonexistent/x"], Error("unknown"));
        yield return new SweepCase("cli-import-schema-at-file", f => Import(f.Text("t.csv", "a,b\n1,x\n"), f["s.duckdb"], "t", "--schema", "@" + f.Text("schema.txt", "a:int:key\nb:text\n")),
            Result((f, r) => Fixtures.StoreCount(f["s.duckdb"], "t") == 1 && r.Out.Contains("integer", StringComparison.Ordinal) ? null : "schema not used: " + r.Out));
        yield return new SweepCase("cli-import-schema-at-dir", f => Import(f.Text("t.csv", "a,b\n1,x\n"), f["s.duckdb"], "t", "--schema", "@" + f.Dir), Error("folder"))
        { Check = (f, _) => File.Exists(f["s.duckdb"]) ? "an empty store was left" : null };
        yield return new SweepCase("cli-import-schema-at-missing", f => Import(f.Text("t.csv", "a,b\n1,x\n"), f["s.duckdb"], "t", "--schema", "@" + f["nope.txt"]), Error("nope.txt"));
        yield return new SweepCase("cli-codes-escape-sequences", _ => ["codes", "\u001b[31mRED\u001b]0;title\u0007"], Error("unknown"))
        { Check = (_, r) => r.All.Contains('\u001b') || r.All.Contains('\u0007') ? "raw terminal escapes echoed" : null };
        yield return new SweepCase("cli-fit-escape-in-formula", f => ["fit", "--data", f.Text("d.csv", Fixtures.Csv()), "--formula", "y ~ \u001b[2Jx"], Error("formula"))
        { Check = (_, r) => r.All.Contains('\u001b') ? "raw terminal escapes echoed" : null };
        yield return new SweepCase("cli-unknown-option-escape", _ => ["codes", "KAZ", "--\u001b[31m"], Error("\\u001b"))
        { Check = (_, r) => r.All.Contains('\u001b') ? "raw terminal escapes echoed" : null };
        yield return new SweepCase("cli-cite-empty-list", _ => ["cite", "--tables", ""], Error("--tables"));
        yield return new SweepCase("cli-cite-only-commas", _ => ["cite", "--tables", " , ,"], Error("--tables"));
        yield return new SweepCase("cli-cite-unknown-source", _ => ["cite", "--tables", "cow_nmc,nope_table"], Error("nope_table"));
        yield return new SweepCase("cli-cite-unterminated-quote", f => ["cite", "--panel", f.Text("p.codebook.csv", "variable,description,unit,source,citation\nx,\"never closed,,cow_nmc,\n")], Error("p.codebook.csv", "quote"));
        yield return new SweepCase("cli-cite-unknown-source-in-codebook", f => ["cite", "--panel", f.Text("p.codebook.csv", "variable,description,unit,source,citation\nx,x,,cow_nmc,\ny,y,,made_up_table,\n")], Error("made_up_table"));
        yield return new SweepCase("cli-cite-no-source-column", f => ["cite", "--panel", f.Text("p.codebook.csv", "variable,description\nx,x\n")], Error("source"));
        yield return new SweepCase("cli-cite-a-folder", f => ["cite", "--panel", Directory.CreateDirectory(f["q.codebook.csv"]).FullName], Error("folder"));
        yield return new SweepCase("cli-cite-good", _ => ["cite", "--tables", "cow_nmc"], Result((_, r) => r.Out.Contains("cow_nmc", StringComparison.Ordinal) ? null : "nothing printed"));
    }
}
