using System.Text;

namespace Caravan.Cli.Tests.Sweep;

public static partial class SweepCases
{
    /// <summary>CSV reading: a cell that does not fit its column is an error naming file, row, column and value.</summary>
    private static IEnumerable<SweepCase> CsvReading()
    {
        // an unquoted thousands separator: the row has one field more than the header
        yield return new SweepCase("csv-unquoted-thousands", Fit(Fixtures.CsvWithLine(5, l => "g0,1,000,100001,3,1"), "y ~ x"), Error("d.csv", "row 5", "6 fields", "5"))
        { Check = NoOutput };
        yield return new SweepCase("csv-extra-field", Fit(Fixtures.CsvWithLine(30, l => l + ",7"), "y ~ x"), Error("d.csv", "row 30", "6 fields"));
        yield return new SweepCase("csv-fewer-fields", Fit(Fixtures.CsvWithLine(30, l => l[..l.LastIndexOf(',')]), "y ~ x"), Error("d.csv", "row 30", "4 fields"));
        yield return new SweepCase("csv-stray-na-token", Fit(Fixtures.CsvWithLine(17, l => ReplaceField(l, 1, "n/a?")), "y ~ x"), Error("d.csv", "row 17", "column x", "n/a?", "--na"))
        { Check = NoOutput };
        yield return new SweepCase("csv-stray-text-in-numeric", Fit(Fixtures.CsvWithLine(120, l => ReplaceField(l, 3, "abc")), "y ~ x"), Error("row 120", "column y", "abc"));
        yield return new SweepCase("csv-stray-na-token-with-na-option", Fit(Fixtures.CsvWithLine(17, l => ReplaceField(l, 1, "n/a?")), "y ~ x", "--na", "n/a?"),
            Result((f, r) => r.Out.Contains("Observations: 199", StringComparison.Ordinal) || r.Out.Contains("199", StringComparison.Ordinal) ? null : "the n/a? row was not dropped as missing"));
        yield return new SweepCase("csv-invalid-utf8-in-numeric", f =>
        {
            var bytes = Encoding.UTF8.GetBytes(Fixtures.CsvWithLine(40, l => ReplaceField(l, 1, "1.5Z"))).ToList();
            var at = bytes.IndexOf((byte)'Z');
            bytes[at] = 0xFF;
            return ["fit", "--data", f.Bytes("d.csv", [.. bytes]), "--formula", "y ~ x", "--out", f["out.csv"]];
        }, Error("d.csv", "row 40", "UTF-8"));
        yield return new SweepCase("csv-invalid-utf8-in-text", f =>
        {
            var bytes = Encoding.UTF8.GetBytes(Fixtures.CsvWithLine(150, l => "gZ" + l[2..])).ToList();
            bytes[bytes.IndexOf((byte)'Z')] = 0xC3;
            return ["fit", "--data", f.Bytes("d.csv", [.. bytes]), "--formula", "y ~ x + g", "--out", f["out.csv"]];
        }, Error("d.csv", "row 150", "UTF-8"));
        yield return new SweepCase("csv-numeric-column-many-text-is-factor", Fit(Fixtures.Csv().Replace("g0,", "alpha,", StringComparison.Ordinal), "y ~ x + g"),
            Result((f, _) => Fixtures.Coefficients(f["out.csv"]).ContainsKey("g::g1") || Fixtures.Coefficients(f["out.csv"]).Keys.Any(k => k.Contains("g1", StringComparison.Ordinal)) ? null : "g is not a factor"));
        yield return new SweepCase("csv-quoted-thousands-is-text-error", Fit(Fixtures.CsvWithLine(5, l => ReplaceField(l, 3, "\"1,000\"")), "y ~ x"), Error("row 5", "column y", "1,000"));
        yield return new SweepCase("csv-empty-file", f => ["fit", "--data", f.Text("d.csv", ""), "--formula", "y ~ x"], Error("d.csv", "empty"));
        yield return new SweepCase("csv-header-only", f => ["fit", "--data", f.Text("d.csv", "g,x,y\n"), "--formula", "y ~ x"], Error("no rows"));
        yield return new SweepCase("csv-crlf-line-endings", Fit(Fixtures.Csv().Replace("\n", "\r\n", StringComparison.Ordinal), "y ~ x"),
            Result((f, _) => Fixtures.Coefficients(f["out.csv"]).ContainsKey("x") ? null : "x missing"));
        yield return new SweepCase("csv-bom", f => ["fit", "--data", f.Bytes("d.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixtures.Csv())]), "--formula", "y ~ x + g", "--out", f["out.csv"]],
            Result((f, _) => Fixtures.Coefficients(f["out.csv"]).ContainsKey("x") ? null : "x missing"));
        yield return new SweepCase("csv-unterminated-quote", Fit(Fixtures.CsvWithLine(9, l => "\"g0" + l[2..]), "y ~ x"), Error("row 9", "quote"));
        yield return new SweepCase("csv-na-tokens-listed", Fit(Fixtures.CsvWithLine(17, l => ReplaceField(l, 1, "missing")), "y ~ x"), Error("NA", "--na"));
        yield return new SweepCase("csv-gzip-corrupt", f => ["fit", "--data", f.Bytes("d.csv.gz", [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]), "--formula", "y ~ x"], Error("d.csv.gz"));
    }

    private static string ReplaceField(string line, int index, string value)
    {
        var f = line.Split(',');
        f[index] = value;
        return string.Join(',', f);
    }
}
