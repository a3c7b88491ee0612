using Caravan.Cli;
using Caravan.Data.Store;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// The research loop from the CLI on the shipped data: panel with --derive → Parquet / .dta → fit --where with
/// lags and a dyad-clustered MID logit.
/// </summary>
[Collection("console")]
public sealed class ResearchLoopCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-loop-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Program(args);

    [Fact]
    public void Panel_derive_then_fit_where_on_parquet_and_dta()
    {
        foreach (var ext in new[] { ".parquet", ".dta" })
        {
            var data = Path.Combine(dir, "dy" + ext.TrimStart('.') + ext); // one codebook per output name
            var (code, _, err) = Run("panel", "--unit", "dyad-year", "--states", "CHN,KAZ,KGZ,TJK,TKM,UZB,RUS,USA", "--years", "1992-2014",
                "--derive", "lcap=log(pmax(cinc1, cinc2)/pmin(cinc1, cinc2))",
                "--derive", "prevmid=l(gmlmidonset, 1)",
                "--derive", "peace=ifelse(is.na(gmlmidspell), 0, gmlmidspell)",
                "--out", data);
            Assert.True(code == 0, err);

            var frame = FrameReader.Read(data);
            Assert.Contains(frame.Columns, c => c.Name == "lcap");
            var codebook = File.ReadAllText(Path.Combine(dir, "dy" + ext.TrimStart('.') + ".codebook.csv"));
            Assert.Contains("Derived: prevmid = l(gmlmidonset, 1) (lags within ccode1^ccode2 by year)", codebook, StringComparison.Ordinal);

            (code, var stdout, err) = Run("fit", "--data", data, "--model", "logit",
                "--formula", "gmlmidonset ~ cubic(peace) + lcap + I(conttype > 0)",
                "--where", "year >= 1993 & !(gmlmidongoing == 1 & gmlmidonset == 0)", "--vcov", "cluster:ccode1^ccode2");
            Assert.True(code == 0, err);
            Assert.Contains("where: ", stdout, StringComparison.Ordinal);
            Assert.Contains("I(conttype > 0)", stdout, StringComparison.Ordinal);
            Assert.Contains("Clustered (ccode1^ccode2)", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bad_expressions_exit_2_with_the_position_and_nothing_written()
    {
        var outPath = Path.Combine(dir, "bad.csv");
        var (code, _, err) = Run("panel", "--unit", "dyad-year", "--states", "CHN,KAZ", "--years", "2000-2002", "--derive", "x=log(cinc1", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains("--derive x position", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));

        (code, _, err) = Run("panel", "--unit", "dyad-year", "--states", "CHN,KAZ", "--years", "2000-2002", "--derive", "1x=2", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains("not a valid column name", err, StringComparison.Ordinal);

        var data = Path.Combine(dir, "d.csv");
        File.WriteAllText(data, "y,x\n1,2\n0,3\n1,4\n0,1\n");
        (code, _, err) = Run("fit", "--data", data, "--formula", "y ~ x", "--where", "x >> 2");
        Assert.Equal(2, code);
        Assert.Contains("--where position", err, StringComparison.Ordinal);
        (code, _, err) = Run("fit", "--data", data, "--formula", "y ~ x", "--where", "x > 100");
        Assert.Equal(2, code);
        Assert.Contains("no row satisfies", err, StringComparison.Ordinal);
    }
}
