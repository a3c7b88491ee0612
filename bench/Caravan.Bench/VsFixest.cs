using System.Diagnostics;
using System.Globalization;

namespace Caravan.Bench;

/// <summary>
/// `vsfixest N REPS [SHAPE...]`: the `caravan fit` CLI against fixest on fixest's benchmark shapes, side by side
/// in interleaved runs (caravan, fixest, caravan, fixest, … REPS times per shape), each run its own process on
/// the same CSV file. Caravan: `fit --timings` (fit and vcov as printed) and the process wall. fixest:
/// bench/fixest_shape.R through Rscript (R_LIBS=/opt/caravan-anchors/Rlib unless R_LIBS is set), 2 threads,
/// the estimation call timed alone (first call and a warm second call), fread separately, and the process
/// wall. Prints medians per side, ratios and `uptime` before/after; skips fixest with a note without R/fixest.
/// Options: --caravan PATH (default: the Release build of src/Caravan.Cli), --baseline PATH (a second caravan
/// binary, e.g. an older build, run in the same interleaving: baseline, caravan, fixest), --no-fixest.
/// </summary>
internal static class VsFixest
{
    private sealed record Shape(string Id, string Size, bool Fe, string Model, string Formula);

    private sealed record Timing(double Fit, double Vcov, double Read, double Wall, double Warm, string Coef);

    public static int Run(string root, string[] args)
    {
        var positional = new List<string>();
        string? caravan = null;
        string? baseline = null;
        var noFixest = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--caravan": caravan = args[++i]; break;
                case "--baseline": baseline = args[++i]; break;
                case "--no-fixest": noFixest = true; break;
                default: positional.Add(args[i]); break;
            }
        }

        var n = positional.Count > 0 ? positional[0] : "1e6";
        var reps = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 3;
        var only = positional.Skip(2).ToHashSet(StringComparer.Ordinal);
        caravan ??= Path.Combine(root, "src", "Caravan.Cli", "bin", "Release", "net10.0", "linux-x64", "caravan");
        if (!File.Exists(caravan))
        {
            Console.Error.WriteLine($"caravan not found at {caravan}: build it first (dotnet build -c Release src/Caravan.Cli) or pass --caravan PATH.");
            return 1;
        }

        var dir = Path.Combine(root, "bench", "data");
        var script = Path.Combine(root, "bench", "fixest_shape.R");
        var fixestNote = noFixest ? "--no-fixest" : FixestAvailable(script);
        if (fixestNote is not null)
        {
            Console.WriteLine($"fixest skipped: {fixestNote}. Only Caravan is timed.");
        }

        var regs = string.Join(" + ", Enumerable.Range(1, 20).Select(j => $"x{j}"));
        var shapes = new List<Shape>
        {
            new("ols1", n, true, "ols", "ln_y ~ X1 | dum_1"),
            new("ols2", n, true, "ols", "ln_y ~ X1 | dum_1 + dum_2"),
            new("ols3", n, true, "ols", "ln_y ~ X1 | dum_1 + dum_2 + dum_3"),
            new("ols3_1e7", "1e7", true, "ols", "ln_y ~ X1 | dum_1 + dum_2 + dum_3"),
            new("pois1", n, true, "poisson", "y ~ X1 | dum_1"),
            new("pois2", n, true, "poisson", "y ~ X1 | dum_1 + dum_2"),
            new("pois3", n, true, "poisson", "y ~ X1 | dum_1 + dum_2 + dum_3"),
            new("logit1", n, true, "logit", "y01 ~ X1 | dum_1"),
            new("logit2", n, true, "logit", "y01 ~ X1 | dum_1 + dum_2"),
            new("logit3", n, true, "logit", "y01 ~ X1 | dum_1 + dum_2 + dum_3"),
            new("pois20", n, false, "poisson", "y ~ " + regs),
            new("logit20", n, false, "logit", "y01 ~ " + regs),
        };
        shapes = shapes.Where(s => only.Count == 0 || only.Contains(s.Id)).ToList();

        Console.WriteLine($"uptime before: {Uptime()}");
        Console.WriteLine($"caravan: {caravan}; {reps} interleaved runs per shape (caravan, fixest, ...)");
        if (baseline is not null)
        {
            Console.WriteLine($"baseline: {baseline}");
        }

        var results = new List<(Shape Shape, List<Timing> Caravan, List<Timing> Fixest, List<Timing> Baseline)>();
        foreach (var s in shapes)
        {
            var file = EnsureData(dir, s);
            var cv = new List<Timing>();
            var fx = new List<Timing>();
            var bl = new List<Timing>();
            for (var r = 0; r < reps; r++)
            {
                if (baseline is not null)
                {
                    bl.Add(RunCaravan(baseline, file, s));
                    Console.WriteLine(Line(s.Id, "baseline", bl[^1]));
                }

                cv.Add(RunCaravan(caravan, file, s));
                Console.WriteLine(Line(s.Id, "caravan", cv[^1]));
                if (fixestNote is null)
                {
                    fx.Add(RunFixest(script, file, s));
                    Console.WriteLine(Line(s.Id, "fixest", fx[^1]));
                }
            }

            results.Add((s, cv, fx, bl));
        }

        Console.WriteLine($"uptime after: {Uptime()}");
        Console.WriteLine();
        Console.WriteLine("Medians. Caravan fit = `fit:` of --timings (vcov printed apart); fixest fit = the estimation call (default vcov inside),");
        Console.WriteLine("first call in its process / warm second call; ratio = Caravan fit / fixest warm fit; wall = whole process");
        Console.WriteLine("(fixest wall: Rscript's wall less the warm second call, i.e. R start, library(fixest), fread, one fit).");
        Console.WriteLine();
        Console.WriteLine("| shape | n | model | formula | Caravan fit (s) | Caravan vcov (s) | fixest fit, first / warm (s) | ratio fit | Caravan read (s) | R fread (s) | Caravan wall (s) | fixest wall (s) | ratio wall |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (s, cv, fx, _) in results)
        {
            var cFit = Median(cv, x => x.Fit);
            var cWall = Median(cv, x => x.Wall);
            var has = fx.Count > 0;
            var fFit = has ? Median(fx, x => x.Fit) : double.NaN;
            var fWarm = has ? Median(fx, x => x.Warm) : double.NaN;
            var fWall = has ? Median(fx, x => x.Wall - x.Warm) : double.NaN; // the warm second call is not part of a one-fit process
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Id} | {s.Size} | {s.Model} | `{Short(s.Formula).Replace("|", "\\|", StringComparison.Ordinal)}` | {cFit:F3} | {Median(cv, x => x.Vcov):F3} | {F(fFit)} / {F(fWarm)} | {F(cFit / fWarm, "F2")} | {Median(cv, x => x.Read):F3} | {F(has ? Median(fx, x => x.Read) : double.NaN)} | {cWall:F2} | {F(fWall, "F2")} | {F(cWall / fWall, "F2")} |"));
        }

        if (baseline is not null)
        {
            Console.WriteLine();
            Console.WriteLine("Baseline against caravan (medians of the same interleaved runs):");
            Console.WriteLine();
            Console.WriteLine("| shape | baseline fit (s) | caravan fit (s) | baseline wall (s) | caravan wall (s) | fixest warm fit (s) | baseline / fixest | caravan / fixest |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var (s, cv, fx, bl) in results)
            {
                var fWarm = fx.Count > 0 ? Median(fx, x => x.Warm) : double.NaN;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {s.Id} | {Median(bl, x => x.Fit):F3} | {Median(cv, x => x.Fit):F3} | {Median(bl, x => x.Wall):F2} | {Median(cv, x => x.Wall):F2} | {F(fWarm)} | {F(Median(bl, x => x.Fit) / fWarm, "F2")} | {F(Median(cv, x => x.Fit) / fWarm, "F2")} |"));
            }
        }

        return 0;
    }

    private static string Short(string formula) => formula.Length > 40 ? formula[..formula.IndexOf('~', StringComparison.Ordinal)] + "~ x1 + … + x20" : formula;

    private static string F(double v, string fmt = "F3") => double.IsNaN(v) ? "–" : v.ToString(fmt, CultureInfo.InvariantCulture);

    private static double Median(List<Timing> runs, Func<Timing, double> f)
    {
        var v = runs.Select(f).Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }

    private static string Line(string id, string side, Timing r) => string.Create(CultureInfo.InvariantCulture,
        $"  {id,-9} {side,-8} fit {r.Fit:F3} s{(side == "fixest" ? $" (warm {r.Warm:F3} s)" : $" vcov {r.Vcov:F3} s")}  read {r.Read:F3} s  wall {r.Wall:F2} s  {r.Coef}");

    private static string EnsureData(string dir, Shape s)
    {
        var file = Path.Combine(dir, $"{(s.Fe ? "fe" : "nofe")}_{s.Size}.csv");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(dir);
            var n = (int)double.Parse(s.Size, CultureInfo.InvariantCulture);
            Console.WriteLine($"generating {file} (seed {(s.Fe ? 1 : 2)}) ...");
            if (s.Fe)
            {
                DataGenerator.FixedEffects(n, 1, file);
            }
            else
            {
                DataGenerator.NoFixedEffects(n, 2, file);
            }
        }

        return file;
    }

    private static Timing RunCaravan(string caravan, string file, Shape s)
    {
        var (wall, stdout) = Exec(caravan, ["fit", "--data", file, "--model", s.Model, "--formula", s.Formula, "--timings", "--digits", "7"], null);
        var lines = stdout.Split('\n');
        var term = s.Fe ? "X1" : "x20";
        var coef = lines.FirstOrDefault(l => l.StartsWith(term + " ", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd('*') ?? "?";
        return new Timing(Value(lines, "fit:"), Value(lines, "vcov:"), Value(lines, "read:"), wall, double.NaN, $"{term}={coef}");
    }

    private static Timing RunFixest(string script, string file, Shape s)
    {
        var (wall, stdout) = Exec("Rscript", [script, file, s.Model, s.Formula], RLibs());
        var lines = stdout.Split('\n');
        var coef = lines.FirstOrDefault(l => l.StartsWith("coef ", StringComparison.Ordinal))?.Split(' ') is { Length: 3 } c ? $"{c[1]}={double.Parse(c[2], CultureInfo.InvariantCulture):F7}" : "?";
        return new Timing(Value(lines, "fit"), double.NaN, Value(lines, "fread"), wall, Value(lines, "warm"), coef);
    }

    private static double Value(string[] lines, string key)
    {
        var l = lines.FirstOrDefault(x => x.StartsWith(key + " ", StringComparison.Ordinal));
        return l is null ? double.NaN : double.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string RLibs() => Environment.GetEnvironmentVariable("R_LIBS") is { Length: > 0 } v ? v : "/opt/caravan-anchors/Rlib";

    /// <summary>Null when Rscript runs and loads fixest and data.table; else why not.</summary>
    private static string? FixestAvailable(string script)
    {
        try
        {
            var (_, outText) = Exec("Rscript", ["-e", "cat(requireNamespace('fixest', quietly = TRUE) && requireNamespace('data.table', quietly = TRUE), as.character(tryCatch(packageVersion('fixest'), error = function(e) '')))"], RLibs());
            return outText.StartsWith("TRUE", StringComparison.Ordinal)
                ? (File.Exists(script) ? null : $"{script} is missing")
                : $"R runs but fixest/data.table are not installed in R_LIBS={RLibs()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Rscript is not on the PATH (install R and fixest 0.12.1 to compare)";
        }
    }

    private static (double Wall, string Stdout) Exec(string exe, string[] args, string? rLibs)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        if (rLibs is not null)
        {
            psi.Environment["R_LIBS"] = rLibs;
        }

        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var wall = sw.Elapsed.TotalSeconds;
        if (p.ExitCode != 0)
        {
            Console.Error.WriteLine($"{exe} exited {p.ExitCode}: {stderr.Result.Trim()}");
        }

        return (wall, stdout);
    }

    private static string Uptime()
    {
        try
        {
            return Exec("uptime", [], null).Stdout.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return File.Exists("/proc/loadavg") ? "loadavg " + File.ReadAllText("/proc/loadavg").Trim() : "?";
        }
    }
}
