using Caravan.Cli;

namespace Caravan.Cli.Tests.Commands;

/// <summary>Runs `caravan panel` and `caravan cite` in-process on the shipped data.</summary>
[Collection("console")]
public sealed class PanelCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Program(args);

    [Fact]
    public void Builds_the_China_Central_Asia_panel_with_codebook_and_cites_it()
    {
        var outPath = Path.Combine(dir, "ca.csv");
        var (code, stdout, stderr) = Run("panel", "--unit", "directed-dyad-year", "--states", "CHN,KAZ,KGZ,TJK,TKM,UZB", "--years", "1992-2020", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Contains("870 rows, 30 dyads, years 1992-2020", stdout);
        Assert.Contains("[1/", stdout); // plain progress lines when output is redirected
        Assert.Contains("note: The Correlates of War state list ends in 2016", stdout);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal(871, lines.Length);
        Assert.StartsWith("ccode1,ccode2,gwcode1,gwcode2,year,iso3_1,iso3_2,dyad,conttype", lines[0]);
        var codebook = Path.Combine(dir, "ca.codebook.csv");
        Assert.True(File.Exists(codebook));
        Assert.Equal(lines[0].Split(',').Length + 1, File.ReadAllLines(codebook).Count(l => l.Length > 0 && !l.StartsWith(' ')));

        var (citeCode, citeOut, citeErr) = Run("cite", "--panel", codebook);
        Assert.True(citeCode == 0, citeErr);
        Assert.Contains("imf_dots", citeOut);
        Assert.Contains("Gibler", citeOut);
    }

    [Fact]
    public void Joins_a_users_csv_lists_it_in_the_codebook_and_cites_it()
    {
        var data = Path.Combine(dir, "my_scores.csv");
        File.WriteAllText(data, "iso3,year,my_score\nKAZ,2000,1.5\nCHN,2000,2.5\nKAZ,2001,3.5\n");
        var outPath = Path.Combine(dir, "joined.csv");
        var (code, stdout, stderr) = Run("panel", "--unit", "state-year", "--states", "CHN,KAZ", "--years", "2000-2002", "--steps", "names",
            "--join", data + ":iso3,year", "--join-cite", "Doe, Jane. 2026. My scores.", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Contains("join my_scores.csv", stdout);
        var lines = File.ReadAllLines(outPath);
        Assert.EndsWith("statename,stateabb,my_score", lines[0]);
        Assert.Contains("705,705,2000,KAZ,Kazakhstan,KZK,1.5", lines);
        Assert.Contains("705,705,2002,KAZ,Kazakhstan,KZK,", lines); // missing outside the file's rows
        var codebook = Path.Combine(dir, "joined.codebook.csv");
        Assert.Contains(File.ReadAllLines(codebook), l => l.StartsWith("my_score,", StringComparison.Ordinal) && l.Contains("user:my_scores.csv", StringComparison.Ordinal));
        var (citeCode, citeOut, citeErr) = Run("cite", "--panel", codebook);
        Assert.True(citeCode == 0, citeErr);
        Assert.Contains("my_scores.csv: user data", citeOut);
        Assert.Contains("Doe, Jane. 2026. My scores.", citeOut);
        Assert.Contains("cow_states", citeOut);

        // A codebook that names only user data (e.g. trimmed to the joined variable) is cited, not refused.
        var userOnly = Path.Combine(dir, "user_only.codebook.csv");
        File.WriteAllLines(userOnly, [File.ReadLines(codebook).First(), File.ReadLines(codebook).First(l => l.StartsWith("my_score,", StringComparison.Ordinal))]);
        (citeCode, citeOut, citeErr) = Run("cite", "--panel", userOnly);
        Assert.True(citeCode == 0, citeErr);
        Assert.Contains("Doe, Jane. 2026. My scores.", citeOut);
        Assert.DoesNotContain("cow_states", citeOut);

        var (bad, _, badErr) = Run("panel", "--unit", "state-year", "--years", "2000-2002", "--join", Path.Combine(dir, "missing.csv"), "--out", Path.Combine(dir, "x.csv"));
        Assert.Equal(2, bad);
        Assert.Contains("no such file", badErr);
    }

    [Fact]
    public void Bad_input_gives_a_clear_error_and_no_file()
    {
        var outPath = Path.Combine(dir, "bad.csv");
        var (code, _, stderr) = Run("panel", "--states", "CHN,Atlantis", "--years", "1992-2020", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains("Atlantis", stderr);
        Assert.False(File.Exists(outPath));

        (code, _, stderr) = Run("panel", "--unit", "state-year", "--steps", "mids", "--years", "2000-2001", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains("'mids'", stderr);

        (code, _, stderr) = Run("panel", "--years", "1700-1750", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains("1816", stderr);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void Makes_a_missing_output_folder_and_refuses_an_unwritable_one_before_building()
    {
        var outPath = Path.Combine(dir, "new", "folder", "chn_kaz.csv");
        var (code, _, stderr) = Run("panel", "--unit", "dyad-year", "--states", "CHN,KAZ", "--years", "2000-2001", "--steps", "contiguity", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Equal(3, File.ReadAllLines(outPath).Length);

        var file = Path.Combine(dir, "a-file");
        File.WriteAllText(file, "");
        string stdout;
        (code, stdout, stderr) = Run("panel", "--unit", "dyad-year", "--states", "CHN,KAZ", "--years", "2000-2001", "--out", Path.Combine(file, "x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("error:", stderr);
        Assert.DoesNotContain("[1/", stdout); // refused before the build
    }

    [Fact]
    public void Writes_parquet_and_dta_by_extension()
    {
        foreach (var ext in new[] { "parquet", "dta" })
        {
            var outPath = Path.Combine(dir, $"chn_kaz.{ext}");
            var (code, _, stderr) = Run("panel", "--unit", "dyad-year", "--states", "China,705", "--years", "1992-2014", "--steps", "contiguity,igos,mids,dots", "--out", outPath);
            Assert.True(code == 0, stderr);
            Assert.True(new FileInfo(outPath).Length > 0);
        }
    }
}

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
