using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Caravan.Bench;

/// <summary>
/// `panel-process UNIT YEARS FORMAT REPS [--exe PATH]... [--no-r] [--keep DIR]`: the whole `caravan panel` process, as
/// a user runs it (start-up, every default step, the write, the summary), run as a child process REPS times. Each
/// run is measured from outside with /usr/bin/time (wall, peak RSS, user+sys CPU); its progress lines give the
/// per-step breakdown (the rest of the in-process time is the write and the summary). Several --exe builds (e.g.
/// before/after a change) and, when Rscript with peacesciencer is installed, the peacesciencer pipeline of
/// bench/R/peacesciencer_pipeline.R are interleaved within each repetition, so all see the same machine load.
/// </summary>
internal static partial class ProcessBench
{
    private sealed record Sample(string Label, double Wall, double PeakMb, double Cpu, IReadOnlyDictionary<string, double> Steps, string Summary);

    public static int Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !OptionWithValue(args[i - 1]))).ToArray();
        if (positional.Length < 4)
        {
            Console.Error.WriteLine("usage: panel-process UNIT YEARS FORMAT REPS [--exe PATH]... [--no-r] [--keep DIR]   e.g. panel-process directed-dyad-year 1816-2020 parquet 3");
            return 1;
        }

        var (unit, years, format) = (positional[0], positional[1], positional[2].ToLowerInvariant().TrimStart('.'));
        var reps = int.Parse(positional[3], CultureInfo.InvariantCulture);
        if (format is not ("parquet" or "csv" or "dta"))
        {
            Console.Error.WriteLine($"FORMAT '{format}': parquet, csv or dta");
            return 1;
        }

        var root = Root();
        var exes = Values(args, "--exe");
        if (exes.Count == 0)
        {
            exes.Add(Path.Combine(root, "src", "Caravan.Cli", "bin", "Release", "net10.0", "linux-x64", "caravan"));
        }

        foreach (var exe in exes.Where(e => !File.Exists(e)))
        {
            Console.Error.WriteLine($"{exe} does not exist: build it first (dotnet build src/Caravan.Cli -c Release)");
            return 1;
        }

        var keep = Values(args, "--keep").FirstOrDefault();
        var work = keep ?? Path.Combine(Path.GetTempPath(), $"caravan-panel-process-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var rScript = Path.Combine(root, "bench", "R", "peacesciencer_pipeline.R");
        var withR = !args.Contains("--no-r") && HasPeacesciencer();
        var first = years.Split('-')[0];
        var last = years.Split('-').Last();
        Console.WriteLine($"panel-process: caravan panel --unit {unit} --years {years} --out *.{format}; {reps} repetitions, {Environment.ProcessorCount} cores; load {Load()}");
        Console.WriteLine(withR
            ? "peacesciencer: bench/R/peacesciencer_pipeline.R (create_dyadyears + 10 add_* steps + fwrite CSV) interleaved"
            : "peacesciencer: not run (--no-r, or Rscript with peacesciencer not found in R_LIBS)");

        var runs = new List<Sample>();
        for (var r = 0; r < reps; r++)
        {
            for (var e = 0; e < exes.Count; e++)
            {
                var label = exes.Count == 1 ? "caravan" : $"caravan[{e}]";
                var output = Path.Combine(work, $"panel_{e}.{format}");
                var run = Measure(label, exes[e], ["panel", "--unit", unit, "--years", years, "--out", output], work, [], CaravanSteps);
                runs.Add(run);
                Print(r, run);
            }

            if (withR)
            {
                var rOut = Path.Combine(work, "peacesciencer.csv");
                var run = Measure("peacesciencer", "Rscript", [rScript, unit, first, last, rOut], work,
                    [("R_LIBS", RLibs())], RSteps);
                runs.Add(run);
                Print(r, run);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"medians over {reps} repetitions (load now {Load()}):");
        foreach (var group in runs.GroupBy(x => x.Label))
        {
            var list = group.ToList();
            var steps = list.SelectMany(x => x.Steps.Keys).Distinct().Select(k => $"{k} {Median(list.Select(x => x.Steps.GetValueOrDefault(k)))}").ToArray();
            Console.WriteLine($"  {group.Key}: wall {Median(list.Select(x => x.Wall))} s, peak RSS {Median(list.Select(x => Math.Round(x.PeakMb)))} MB, cpu {Median(list.Select(x => x.Cpu))} s");
            Console.WriteLine($"    steps (s): {string.Join(", ", steps)}");
            Console.WriteLine($"    {list[^1].Summary}");
        }

        for (var e = 0; e < exes.Count; e++)
        {
            Console.WriteLine($"  caravan[{e}] = {exes[e]}");
        }

        if (keep is null)
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    private static Sample Measure(string label, string exe, string[] arguments, string work, (string, string)[] env, Func<string, IReadOnlyDictionary<string, double>> steps)
    {
        var timeFile = Path.Combine(work, "time.txt");
        var psi = new ProcessStartInfo(File.Exists("/usr/bin/time") ? "/usr/bin/time" : exe) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        if (File.Exists("/usr/bin/time"))
        {
            foreach (var a in new[] { "-f", "%e %M %U %S", "-o", timeFile, exe })
            {
                psi.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{label} failed (exit {p.ExitCode}):\n{stdout}\n{stderr.Result}");
        }

        double peak = double.NaN, cpu = double.NaN;
        if (File.Exists(timeFile))
        {
            var f = File.ReadAllLines(timeFile).Last().Split(' ');
            wall = double.Parse(f[0], CultureInfo.InvariantCulture);
            peak = double.Parse(f[1], CultureInfo.InvariantCulture) / 1024.0;
            cpu = double.Parse(f[2], CultureInfo.InvariantCulture) + double.Parse(f[3], CultureInfo.InvariantCulture);
        }

        var summary = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("panel:", StringComparison.Ordinal) || l.StartsWith("rows ", StringComparison.Ordinal)) ?? string.Empty;
        return new Sample(label, wall, peak, cpu, steps(stdout), summary.Trim());
    }

    /// <summary>"[3/18] mids ... 0.7 s" lines, plus "write+summary" = in-process total ("(26.7 s)") minus the steps.</summary>
    private static IReadOnlyDictionary<string, double> CaravanSteps(string stdout)
    {
        var d = new Dictionary<string, double>();
        foreach (Match m in StepLine().Matches(stdout))
        {
            d[m.Groups[1].Value] = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        if (TotalLine().Match(stdout) is { Success: true } t)
        {
            d["write+summary"] = Math.Round(double.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture) - d.Values.Sum(), 1);
        }

        return d;
    }

    /// <summary>"step NAME SECONDS" lines of peacesciencer_pipeline.R.</summary>
    private static IReadOnlyDictionary<string, double> RSteps(string stdout) =>
        RStepLine().Matches(stdout).ToDictionary(m => m.Groups[1].Value, m => Math.Round(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 2));

    private static void Print(int rep, Sample run) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  rep {rep + 1} {run.Label,-14} wall {run.Wall,6:F2} s  peak RSS {run.PeakMb,5:F0} MB  cpu {run.Cpu,6:F2} s  load {Load()}  [{string.Join(", ", run.Steps.Select(kv => $"{kv.Key} {kv.Value}"))}]"));

    private static string Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        var m = v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
        return m.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static bool HasPeacesciencer()
    {
        try
        {
            var psi = new ProcessStartInfo("Rscript", ["-e", "suppressPackageStartupMessages(library(peacesciencer)); library(data.table)"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["R_LIBS"] = RLibs();
            using var p = Process.Start(psi)!;
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no Rscript
        }
    }

    private static string RLibs() => Environment.GetEnvironmentVariable("R_LIBS") is { Length: > 0 } v ? v : "/opt/caravan-anchors/Rlib";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static bool OptionWithValue(string a) => a is "--exe" or "--keep";

    private static List<string> Values(string[] args, string option) =>
        args.Select((a, i) => (a, i)).Where(x => x.a == option && x.i + 1 < args.Length).Select(x => Path.GetFullPath(args[x.i + 1])).ToList();

    private static string Root()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Caravan.slnx")))
        {
            d = d.Parent;
        }

        return d?.FullName ?? Directory.GetCurrentDirectory();
    }

    [GeneratedRegex(@"^\[\d+/\d+\] (\S+) \.\.\. ([0-9.]+) s", RegexOptions.Multiline)]
    private static partial Regex StepLine();

    [GeneratedRegex(@"^panel: .*\(([0-9.]+) s\)", RegexOptions.Multiline)]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^step (\S+) ([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex RStepLine();
}
