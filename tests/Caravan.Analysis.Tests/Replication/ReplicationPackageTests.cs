using System.Diagnostics;
using System.Globalization;
using Caravan.Analysis.Models;
using Caravan.Analysis.Replication;

namespace Caravan.Analysis.Tests.Replication;

/// <summary>Runs the reduced study once and writes its replication package into a temporary folder.</summary>
public sealed class ReplicationFixture : IDisposable
{
    public ReplicationFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"caravan-replication-{Guid.NewGuid():N}");
        Result = ChinaCentralAsiaStudy.Run(new StudyOptions(Draws: 50, Reduced: true));
        Files = ReplicationPackage.Write(Result, Result.World!, Directory, Result.Codebook);
    }

    public string Directory { get; }

    public StudyResult Result { get; }

    public IReadOnlyList<string> Files { get; }

    public string Package => Path.Combine(Directory, ReplicationPackage.Folder);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// The replication package reproduces Caravan's regression tables. The structural test needs no R; the R test runs the
/// generated replicate.R when Rscript with haven is installed and checks every logit coefficient and dyad-clustered SE
/// against Caravan's: with fixest (feglm, cluster = ~dyad; /opt/caravan-anchors/Rlib here) to 1e-6 absolute; with only
/// glm + sandwich (Debian r-cran-sandwich in CI) estimates to 1e-6 and SEs to 1e-4 relative (glm's bread comes from fully
/// converged weights, fixest's and Caravan's from the last IRLS step). It skips cleanly without R.
/// </summary>
public class ReplicationPackageTests(ReplicationFixture run) : IClassFixture<ReplicationFixture>
{
    [Fact]
    public void Samples_scripts_and_codebooks_are_written_and_flags_match_each_fit()
    {
        var sample = run.Result.Fits.First(f => f.Kind == FitKind.Logit).Sample;
        foreach (var name in new[] { $"sample_{sample.Key}.parquet", $"sample_{sample.Key}.dta", $"sample_{sample.Key}.codebook.csv", "coefficients.csv", "replicate.R", "replicate.do", "README.md" })
        {
            Assert.True(File.Exists(Path.Combine(run.Package, name)), name);
        }

        // The in_<theory> flag selects exactly the fit's estimation sample.
        var frame = ReplicationPackage.SampleFrame(run.Result.World!, sample, run.Result.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null).ToArray());
        foreach (var f in run.Result.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null))
        {
            Assert.Equal(f.Fit!.Nobs, frame.Numeric(ReplicationPackage.Flag(f.Theory)).Values.Count(v => v == 1));
        }

        var r = File.ReadAllText(Path.Combine(run.Package, "replicate.R"));
        var stata = File.ReadAllText(Path.Combine(run.Package, "replicate.do"));
        foreach (var f in run.Result.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null))
        {
            Assert.Contains(ReplicationPackage.ModelId(f), r, StringComparison.Ordinal);
            Assert.Contains($"if {ReplicationPackage.Flag(f.Theory)} == 1, vce(cluster dyad)", stata, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Replicate_R_reproduces_every_coefficient_and_SE_to_1e_6()
    {
        var libs = "/opt/caravan-anchors/Rlib";
        string? Run(string args, int timeoutMs)
        {
            try
            {
                var info = new ProcessStartInfo("Rscript", args) { WorkingDirectory = run.Package, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                if (System.IO.Directory.Exists(libs))
                {
                    info.Environment["R_LIBS"] = libs;
                }

                using var p = Process.Start(info)!;
                var stderr = p.StandardError.ReadToEndAsync();
                var stdout = p.StandardOutput.ReadToEnd();
                if (!p.WaitForExit(timeoutMs))
                {
                    p.Kill(entireProcessTree: true);
                    return null;
                }

                return p.ExitCode == 0 ? stdout : throw new InvalidOperationException($"Rscript {args} failed: {stderr.Result}");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }

        string? probe;
        try
        {
            probe = Run("-e \"quit(status = !(requireNamespace('haven', quietly = TRUE) && (requireNamespace('fixest', quietly = TRUE) || requireNamespace('sandwich', quietly = TRUE))))\"", 60_000);
        }
        catch (InvalidOperationException)
        {
            probe = null;
        }

        Skip.If(probe is null, "Rscript with haven and fixest (or sandwich) is not installed");
        Run("replicate.R", 300_000);
        var r = Read(Path.Combine(run.Package, "replicate_r.csv"), "model", "term", "estimate", "std_error");
        var fixest = File.ReadAllText(Path.Combine(run.Package, "replicate_r.csv")).Contains("\"fixest\"", StringComparison.Ordinal);
        var caravan = run.Result.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null).ToArray();
        var compared = 0;
        foreach (var f in caravan)
        {
            foreach (var c in f.Fit!.Coefficients())
            {
                var key = (ReplicationPackage.ModelId(f), c.Term);
                Assert.True(r.TryGetValue(key, out var x), $"R has no {key}");
                Assert.True(Math.Abs(x.Estimate - c.Estimate) < 1e-6, $"{key}: R {x.Estimate} vs Caravan {c.Estimate}");
                Assert.True(fixest ? Math.Abs(x.StdError - c.StdError) < 1e-6 : Math.Abs(x.StdError - c.StdError) < 1e-4 * c.StdError,
                    $"{key}: R SE {x.StdError} vs Caravan {c.StdError} ({(fixest ? "fixest" : "glm+sandwich")})");
                compared++;
            }
        }

        Assert.True(compared > 50, $"{compared}");
    }

    private static Dictionary<(string, string), (double Estimate, double StdError)> Read(string path, params string[] columns)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        var ix = columns.Select(c => header.IndexOf(c)).ToArray();
        return lines.Skip(1).Select(l => l.Split(',').Select(x => x.Trim('"')).ToArray())
            .ToDictionary(p => (p[ix[0]], p[ix[1]]), p => (double.Parse(p[ix[2]], CultureInfo.InvariantCulture), double.Parse(p[ix[3]], CultureInfo.InvariantCulture)));
    }
}
