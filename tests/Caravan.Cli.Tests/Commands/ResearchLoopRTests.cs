using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// The worked example of docs/research-loop.md end to end against R, when Rscript with fixest and MASS is installed
/// (skips cleanly otherwise): a fresh panel from the shipped data with the page's `caravan panel` command, the three
/// logits with its `caravan fit` command and its `caravan sim` command (CSV outputs), then
/// tests/Caravan.Golden.Tests/Reference/research_loop.R on the same panel (500 × 1,000 mvrnorm draws). N exact;
/// coefficients, clustered SEs, point predictions, first difference, risk ratio, AMEs and their SEs 1e-8 relative;
/// log-likelihoods to the 6 printed decimals; the simulated mean, SD and 95 % limits within 4 Monte Carlo SEs.
/// </summary>
[Collection("console")]
public sealed class ResearchLoopRTests : IDisposable
{
    private const string Libs = "/opt/caravan-anchors/Rlib";
    private const string Where = "gmlmidongoing == 0 | gmlmidonset == 1";
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-loop-r-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Caravan(params string[] args) => ConsoleRun.Program(args);

    private static string? Rscript(string workDir, int timeoutMs, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("Rscript") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            if (Directory.Exists(Libs) && Environment.GetEnvironmentVariable("R_LIBS") is null)
            {
                info.Environment["R_LIBS"] = Libs;
            }

            using var p = Process.Start(info)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(timeoutMs))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"Rscript {string.Join(' ', args)} took more than {timeoutMs / 1000} s");
            }

            return p.ExitCode == 0 ? stdout : throw new InvalidOperationException($"Rscript {string.Join(' ', args)} failed: {stderr.Result}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string Script()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Caravan.slnx")))
        {
            d = d.Parent;
        }

        return Path.Combine(d?.FullName ?? throw new DirectoryNotFoundException("repository root (Caravan.slnx) not found"),
            "tests", "Caravan.Golden.Tests", "Reference", "research_loop.R");
    }

    private static Dictionary<(string, string), double[]> Csv(string path, string key1, string key2, params string[] values)
    {
        var lines = File.ReadAllLines(path);
        var head = lines[0].Split(',');
        var result = new Dictionary<(string, string), double[]>();
        foreach (var line in lines.Skip(1))
        {
            // The profile labels hold no commas but "; "; split from the right for the numbers.
            var cells = line.Split(',');
            var offset = cells.Length - head.Length;
            string Cell(string name) => cells[Array.IndexOf(head, name) + (Array.IndexOf(head, name) == 0 ? 0 : offset)];
            result[(Cell(key1), Cell(key2))] = [.. values.Select(v => double.Parse(Cell(v), CultureInfo.InvariantCulture))];
        }

        return result;
    }

    private static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(v => v.GetDouble())];

    private static void Near(double expected, double actual, double rel, string what) =>
        Assert.True(Math.Abs(actual - expected) <= rel * Math.Abs(expected), $"{what}: R {expected:R}, Caravan {actual:R} (tolerance {rel:E0} relative)");

    [SkippableFact]
    public void Worked_example_from_the_CLI_matches_R()
    {
        string? probe;
        try
        {
            probe = Rscript(dir, 60_000, "-e", "quit(status = !(requireNamespace('fixest', quietly = TRUE) && requireNamespace('MASS', quietly = TRUE)))");
        }
        catch (InvalidOperationException)
        {
            probe = null;
        }

        Skip.If(probe is null, "Rscript with fixest and MASS is not installed");

        var world = Path.Combine(dir, "world.csv");
        var (code, _, err) = Caravan("panel", "--unit", "dyad-year", "--years", "1950-2010", "--relevant",
            "--steps", "contiguity,majors,nmc,democracy,mids,peaceyears",
            "--derive", "contig=ifelse(conttype == 1, 1, 0)", "--derive", "capshare=pmax(cinc1, cinc2) / (cinc1 + cinc2)", "--out", world);
        Assert.True(code == 0, err);
        (code, var fitOut, err) = Caravan("fit", "--data", world, "--model", "logit", "--where", Where,
            "--formula", "gmlmidonset ~ contig + cowmaj1 + cowmaj2 + cubic(gmlmidspell) + csw0(v2x_polyarchy_min, capshare)",
            "--vcov", "cluster:ccode1^ccode2", "--stats", "n,ll", "--digits", "6", "--out", Path.Combine(dir, "table.csv"));
        Assert.True(code == 0, err);
        (code, _, err) = Caravan("sim", "--data", world, "--model", "logit", "--where", Where,
            "--formula", "gmlmidonset ~ contig + cowmaj1 + cowmaj2 + cubic(gmlmidspell) + v2x_polyarchy_min + capshare",
            "--vcov", "cluster:ccode1^ccode2", "--at", "v2x_polyarchy_min=p25,p75; contig=1",
            "--dydx", "v2x_polyarchy_min,capshare", "--seed", "20261201", "--out", Path.Combine(dir, "qoi.csv"));
        Assert.True(code == 0, err);

        var json = Path.Combine(dir, "r.json");
        Rscript(dir, 600_000, Script(), world, json, "500");
        var r = JsonDocument.Parse(File.ReadAllText(json)).RootElement;

        // The three logits.
        var table = Csv(Path.Combine(dir, "table.csv"), "model", "term", "estimate", "std_error");
        var logits = r.GetProperty("logits").EnumerateArray().ToArray();
        var nLine = fitOut.Split('\n').Single(l => l.StartsWith("N ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var llLine = fitOut.Split('\n').Single(l => l.StartsWith("Log-lik.", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var m = 0; m < 3; m++)
        {
            var model = $"({m + 1})";
            var rows = table.Where(t => t.Key.Item1 == model).Select(t => t.Value).ToArray();
            var b = Doubles(logits[m].GetProperty("coef"));
            var se = Doubles(logits[m].GetProperty("se"));
            Assert.Equal(b.Length, rows.Length);
            for (var j = 0; j < b.Length; j++)
            {
                Near(b[j], rows[j][0], 1e-8, $"model {model} coefficient {j + 1}");
                Near(se[j], rows[j][1], 1e-8, $"model {model} SE {j + 1}");
            }

            Assert.Equal(logits[m].GetProperty("n").GetInt32(), int.Parse(nLine[m + 1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            Assert.True(Math.Abs(logits[m].GetProperty("ll").GetDouble() - double.Parse(llLine[m + 1], CultureInfo.InvariantCulture)) <= 5e-7 + 1e-12, $"model {model} log-likelihood");
        }

        // Quantities of interest: exact parts.
        var qoi = Csv(Path.Combine(dir, "qoi.csv"), "profile", "quantity", "point", "mean", "sd", "lower_95", "upper_95").ToDictionary(q => q.Key.Item2 + "@" + q.Key.Item1[..1], q => q.Value);
        var p = r.GetProperty("profiles");
        var point = Doubles(p.GetProperty("point"));
        Near(point[0], qoi["E(Y)@1"][0], 1e-8, "E(Y) at p25");
        Near(point[1], qoi["E(Y)@2"][0], 1e-8, "E(Y) at p75");
        Near(p.GetProperty("fd").GetDouble(), qoi["FD vs 1@2"][0], 1e-8, "first difference");
        Near(p.GetProperty("rr").GetDouble(), qoi["RR vs 1@2"][0], 1e-8, "risk ratio");
        var ame = Csv(Path.Combine(dir, "qoi.ame.csv"), "term", "contrast", "estimate", "std_error");
        var a = r.GetProperty("ame");
        var terms = a.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray();
        for (var j = 0; j < terms.Length; j++)
        {
            Near(Doubles(a.GetProperty("estimate"))[j], ame[(terms[j], "dY/dX")][0], 1e-8, $"AME {terms[j]}");
            Near(Doubles(a.GetProperty("se"))[j], ame[(terms[j], "dY/dX")][1], 1e-8, $"AME SE {terms[j]}");
        }

        // The simulation, within 4 Monte Carlo SEs (1,000 draws, plus R's pooled value's own error).
        var s = r.GetProperty("simulation");
        var pooled = s.GetProperty("draws").GetInt32() * s.GetProperty("replicates").GetInt32();
        foreach (var (key, row) in new[] { ("E1", "E(Y)@1"), ("E2", "E(Y)@2"), ("FD", "FD vs 1@2"), ("RR", "RR vs 1@2") })
        {
            var truth = Doubles(s.GetProperty(key).GetProperty("truth"));
            var mcse = Doubles(s.GetProperty(key).GetProperty("mcse"));
            for (var j = 0; j < 4; j++)
            {
                var z = Math.Abs(qoi[row][j + 1] - truth[j]) / (mcse[j] * Math.Sqrt(1 + (1000.0 / pooled)));
                Assert.True(z <= 4, $"{key} statistic {j + 1}: Caravan {qoi[row][j + 1]:R}, R {truth[j]:R}: {z:F2} Monte Carlo SEs apart");
            }
        }
    }
}
