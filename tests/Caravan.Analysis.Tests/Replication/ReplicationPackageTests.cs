using System.Diagnostics;
using System.Globalization;
using Caravan.Analysis.Models;
using Caravan.Analysis.Replication;
using Xunit.Abstractions;

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
/// The replication package reproduces Caravan's regression tables. The structural test needs no R. The two R tests run the
/// generated replicate.R, once per engine, and check every logit coefficient and dyad-clustered SE against Caravan's to
/// 1e-6 absolute: <c>Rscript replicate.R fixest</c> (feglm, glm.tol = 1e-12; /opt/caravan-anchors/Rlib here) and
/// <c>Rscript replicate.R glm</c> (glm with epsilon = 1e-12 + sandwich::vcovCL HC1 with cadjust, from the plain library —
/// Debian's r-cran-sandwich and r-cran-haven in CI — and forced by the argument even where fixest is installed). Each
/// skips cleanly when Rscript or its packages are absent.
/// </summary>
public class ReplicationPackageTests(ReplicationFixture run, ITestOutputHelper output) : IClassFixture<ReplicationFixture>
{
    private const double Tolerance = 1e-6;
    private const string AnchorLibrary = "/opt/caravan-anchors/Rlib";

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
        // The scripts carry the study's convergence convention, so the engines stop where Caravan stops.
        Assert.Contains("glm.control(epsilon = 1e-12, maxit = 100)", r, StringComparison.Ordinal);
        Assert.Contains("glm.tol = 1e-12, glm.iter = 100", r, StringComparison.Ordinal);
        Assert.Contains("type = \"HC1\", cadjust = TRUE", r, StringComparison.Ordinal);
        foreach (var f in run.Result.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null))
        {
            Assert.Contains(ReplicationPackage.ModelId(f), r, StringComparison.Ordinal);
            Assert.Contains($"if {ReplicationPackage.Flag(f.Theory)} == 1, vce(cluster dyad) {ReplicationScripts.StataConvergence}", stata, StringComparison.Ordinal);
            Assert.True(f.Fit!.Converged, ReplicationPackage.ModelId(f));
        }
    }

    [SkippableFact]
    public void Replicate_R_with_fixest_reproduces_every_coefficient_and_SE_to_1e_6() =>
        Compare("fixest", System.IO.Directory.Exists(AnchorLibrary) ? AnchorLibrary : null, "requireNamespace('haven', quietly = TRUE) && requireNamespace('fixest', quietly = TRUE)");

    [SkippableFact]
    public void Replicate_R_with_glm_and_sandwich_reproduces_every_coefficient_and_SE_to_1e_6() =>
        Compare("glm", null, "requireNamespace('haven', quietly = TRUE) && requireNamespace('sandwich', quietly = TRUE)");

    private void Compare(string engine, string? libs, string probeCondition)
    {
        var csv = Path.Combine(run.Package, "replicate_r.csv");
        var probe = RunR($"-e \"quit(status = !({probeCondition}))\"", libs, 60_000, throwOnError: false);
        Skip.If(probe is null, $"Rscript with the packages of the {engine} path is not installed");
        File.Delete(csv);
        var printed = RunR($"replicate.R {engine}", libs, 300_000, throwOnError: true);
        Skip.If(printed is null, "Rscript timed out");
        var r = Read(csv, "model", "term", "estimate", "std_error");
        Assert.Contains(engine == "fixest" ? "\"fixest\"" : "\"glm+sandwich\"", File.ReadAllText(csv), StringComparison.Ordinal);
        var compared = 0;
        double maxB = 0, maxSe = 0;
        foreach (var f in run.Result.Fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null))
        {
            foreach (var c in f.Fit!.Coefficients())
            {
                var key = (ReplicationPackage.ModelId(f), c.Term);
                Assert.True(r.TryGetValue(key, out var x), $"R has no {key}");
                maxB = Math.Max(maxB, Math.Abs(x.Estimate - c.Estimate));
                maxSe = Math.Max(maxSe, Math.Abs(x.StdError - c.StdError));
                Assert.True(Math.Abs(x.Estimate - c.Estimate) < Tolerance, $"{key}: R {x.Estimate} vs Caravan {c.Estimate} ({engine})");
                Assert.True(Math.Abs(x.StdError - c.StdError) < Tolerance, $"{key}: R SE {x.StdError} vs Caravan {c.StdError} ({engine})");
                compared++;
            }
        }

        output.WriteLine($"{engine}: {compared} coefficients; max |diff| estimate {maxB:G3}, SE {maxSe:G3}; R printed: {printed!.Trim()}");
        Assert.True(compared > 50, $"{compared}");
    }

    /// <summary>Runs Rscript in the package folder; null when Rscript is absent, times out, or (probe) exits non-zero.</summary>
    private string? RunR(string args, string? libs, int timeoutMs, bool throwOnError)
    {
        try
        {
            var info = new ProcessStartInfo("Rscript", args) { WorkingDirectory = run.Package, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (libs is not null)
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

            return p.ExitCode == 0 ? stdout
                : throwOnError ? throw new InvalidOperationException($"Rscript {args} failed: {stderr.Result}") : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
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
