using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Caravan.Core.Expressions;
using Caravan.Core.Frames;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Estimators;

namespace Caravan.Bench;

/// <summary>
/// Firth's logit on the MID-onset case of issue 8 (bench/README.md), with R logistf side by side:
///   firth FILE [--reps N] [--formula F] [--where W] [--r-reps N] [--r-rows N] [--r-pl both|wald|profile] [--r-csv PATH] [--r-save JSON] [--r-json JSON] [--no-r]
///   firth gen N SEED      synthetic rows with the same columns → bench/data/firth_N.csv (no panel needed)
/// Caravan: Fit.FirthDetailed with Wald and with profile intervals, REPS runs each, interleaved, wall and
/// process CPU. R (when Rscript and logistf are found): bench/firth/logistf_bench.R on the same rows (or on
/// every m-th of them with --r-rows), then the numbers compared on those rows.
/// </summary>
internal static partial class FirthBench
{
    public const string MidFormula =
        "gmlmidonset ~ contig + lcapdist + cowmaj1 + cowmaj2 + v2x_polyarchy_min + v2x_polyarchy_max + capshare + atop_any + atop_defense + cubic(gmlmidspell)";

    public const string MidWhere = "gmlmidongoing == 0 | gmlmidonset == 1";

    public static int Run(string[] args, string root)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: firth FILE [--reps N] [--formula F] [--where W] [--r-reps N] [--r-rows N] [--r-pl both|wald|profile] [--r-csv PATH] [--r-save JSON] [--r-json JSON] [--no-r] | firth gen N SEED");
            return 1;
        }

        if (args[0] == "gen")
        {
            var n = (int)double.Parse(args[1], CultureInfo.InvariantCulture);
            var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
            var path = Path.Combine(root, "bench", "data", $"firth_{n}.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Generate(n, seed, path);
            Console.WriteLine($"wrote {path}");
            return 0;
        }

        var opt = Options(args[1..]);
        var reps = int.Parse(opt.GetValueOrDefault("reps", "3"), CultureInfo.InvariantCulture);
        var formula = opt.GetValueOrDefault("formula", MidFormula);
        var where = opt.GetValueOrDefault("where", MidWhere);
        var sw = Stopwatch.StartNew();
        var frame = FrameReader.Read(args[0]);
        var rows = where.Length == 0 ? null : RowFilter.Rows(frame, where);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {Path.GetFileName(args[0])}: {frame.RowCount:N0} rows in {sw.Elapsed.TotalSeconds:F2} s; where: {rows?.Count(r => r) ?? frame.RowCount:N0} rows; load {Load()}"));
        Console.WriteLine($"formula: {formula}");

        var wald = new List<(double Wall, double Cpu)>();
        var profile = new List<(double Wall, double Cpu)>();
        FirthFit? w = null, p = null;
        for (var r = 0; r < reps; r++)
        {
            w = Timed(frame, formula, rows, false, wald);
            p = Timed(frame, formula, rows, true, profile);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {r + 1}: wald {wald[^1].Wall:F2} s (cpu {wald[^1].Cpu:F2}), profile {profile[^1].Wall:F2} s (cpu {profile[^1].Cpu:F2}); load {Load()}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Caravan N = {p!.Result.Nobs:N0}, k = {p.Result.Estimates.Length}, iterations {p.Result.Iterations}: median wald {Median(wald, t => t.Wall):F2} s (cpu {Median(wald, t => t.Cpu):F2}), profile {Median(profile, t => t.Wall):F2} s (cpu {Median(profile, t => t.Cpu):F2})"));

        if (opt.ContainsKey("no-r") || FindRscript() is not { } rscript)
        {
            Console.WriteLine(opt.ContainsKey("no-r") ? "R: skipped (--no-r)" : "R: Rscript not found; logistf not run");
            return 0;
        }

        return RunR(rscript, root, frame, formula, rows, opt, w!, p);
    }

    private static int RunR(string rscript, string root, Frame frame, string formula, bool[]? rows, Dictionary<string, string> opt, FirthFit wald, FirthFit profile)
    {
        var rReps = int.Parse(opt.GetValueOrDefault("r-reps", "1"), CultureInfo.InvariantCulture);
        var which = opt.GetValueOrDefault("r-pl", "both");
        var subset = rows ?? Enumerable.Repeat(true, frame.RowCount).ToArray();
        if (opt.TryGetValue("r-rows", out var every))
        {
            // Every m-th estimation row, m = ⌈N / r-rows⌉: Caravan refits on the same rows for the comparison.
            var target = int.Parse(every, CultureInfo.InvariantCulture);
            var m = Math.Max(1, (int)Math.Ceiling(subset.Count(s => s) / (double)target));
            var seen = 0;
            subset = [.. subset.Select(s => s && (seen++ % m == 0))];
            var tw = new List<(double, double)>();
            var tp = new List<(double, double)>();
            wald = Timed(frame, formula, subset, false, tw);
            profile = Timed(frame, formula, subset, true, tp);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"R comparison on every {m}th row ({subset.Count(s => s):N0} rows): Caravan wald {tw[0].Item1:F2} s, profile {tp[0].Item1:F2} s"));
        }

        var dir = Directory.CreateTempSubdirectory("caravan-firth-");
        try
        {
            var csv = opt.GetValueOrDefault("r-csv", Path.Combine(dir.FullName, "rows.csv"));
            var json = Path.Combine(dir.FullName, "logistf.json");
            var script = Path.Combine(root, "bench", "firth", "logistf_bench.R");
            var sw = Stopwatch.StartNew();
            if (opt.TryGetValue("r-json", out var saved))
            {
                // A previous logistf run on the same rows (logistf's profile on 634,000 rows takes 12+ minutes).
                json = saved;
            }
            else
            {
                WriteRows(frame, formula, subset, csv);
                var psi = new ProcessStartInfo(rscript) { RedirectStandardError = true };
                foreach (var a in new[] { script, csv, RFormula(formula), json, rReps.ToString(CultureInfo.InvariantCulture), which })
                {
                    psi.ArgumentList.Add(a);
                }

                psi.Environment["R_LIBS"] = Environment.GetEnvironmentVariable("R_LIBS") ?? "/opt/caravan-anchors/Rlib";
                using var proc = Process.Start(psi)!;
                var err = proc.StandardError.ReadToEnd();
                proc.WaitForExit();
                if (proc.ExitCode != 0)
                {
                    Console.WriteLine($"R: logistf failed ({proc.ExitCode}): {err.Trim()}");
                    return 1;
                }

                if (opt.TryGetValue("r-save", out var keep))
                {
                    File.Copy(json, keep, overwrite: true);
                }
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var rootEl = doc.RootElement;
            Console.WriteLine($"R: logistf {rootEl.GetProperty("logistf").GetString()} ({rootEl.GetProperty("R").GetString()}), Rscript total {sw.Elapsed.TotalSeconds:F1} s; load {Load()}");
            foreach (var (name, fit) in new[] { ("wald", wald), ("profile", profile) })
            {
                if (rootEl.TryGetProperty(name, out var r))
                {
                    Compare(name, fit, r);
                }
            }

            return 0;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void Compare(string name, FirthFit fit, JsonElement r)
    {
        double Num(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN;
        double[] Arr(string p) => r.GetProperty(p) is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Select(Num)] : [Num(r.GetProperty(p))];
        var times = Arr("times");
        var coef = Arr("coef");
        var se = Arr("se");
        var lo = Arr("lower");
        var hi = Arr("upper");
        var rows = fit.Result.Coefficients();
        double MaxRel(double[] a, Func<int, double> b) => a.Select((v, i) => Math.Abs(v - b(i)) / Math.Max(1e-300, Math.Abs(v))).Max();
        double MaxAbs(double[] a, Func<int, double> b) => a.Select((v, i) => Math.Abs(v - b(i))).Max();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"logistf {name}: N = {r.GetProperty("n").GetInt32():N0}, median {times.Order().ElementAt(times.Length / 2):F2} s (runs {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  vs Caravan: max |Δcoef| {MaxAbs(coef, i => rows[i].Estimate):E2} (rel {MaxRel(coef, i => rows[i].Estimate):E2}), max rel ΔSE {MaxRel(se, i => rows[i].StdError):E2}, max |ΔCI| {Math.Max(MaxAbs(lo, i => rows[i].ConfLow), MaxAbs(hi, i => rows[i].ConfHigh)):E2} (rel {Math.Max(MaxRel(lo, i => rows[i].ConfLow), MaxRel(hi, i => rows[i].ConfHigh)):E2})"));
        for (var i = 0; i < coef.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rows[i].Term,-20} coef {rows[i].Estimate,14:G10} / {coef[i],14:G10}  se {rows[i].StdError,12:G8} / {se[i],12:G8}  ci [{rows[i].ConfLow:G8}, {rows[i].ConfHigh:G8}] / [{lo[i]:G8}, {hi[i]:G8}]"));
        }
    }

    private static FirthFit Timed(Frame frame, string formula, bool[]? rows, bool pl, List<(double Wall, double Cpu)> times)
    {
        GC.Collect();
        var proc = Process.GetCurrentProcess();
        var cpu0 = proc.TotalProcessorTime.TotalSeconds;
        var sw = Stopwatch.StartNew();
        var fit = Fit.FirthDetailed(frame, formula, FirthOptions.Default with { ProfileLikelihood = pl }, new FitOptions { Subset = rows });
        var wall = sw.Elapsed.TotalSeconds;
        proc.Refresh();
        times.Add((wall, proc.TotalProcessorTime.TotalSeconds - cpu0));
        return fit;
    }

    private static double Median(List<(double Wall, double Cpu)> t, Func<(double Wall, double Cpu), double> f) => t.Select(f).Order().ElementAt(t.Count / 2);

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>cubic(x) → x + I(x^2) + I(x^3) (Caravan's cubic is the raw powers).</summary>
    internal static string RFormula(string formula) =>
        CubicCall().Replace(formula, m => $"{m.Groups[1].Value} + I({m.Groups[1].Value}^2) + I({m.Groups[1].Value}^3)");

    private static void WriteRows(Frame frame, string formula, bool[] subset, string path)
    {
        var names = Identifier().Matches(formula).Select(m => m.Value).Where(frame.Contains).Distinct().ToArray();
        var cols = names.Select(frame.Numeric).ToArray();
        var sb = new StringBuilder(string.Join(',', names)).Append('\n');
        for (var i = 0; i < frame.RowCount; i++)
        {
            if (!subset[i])
            {
                continue;
            }

            for (var c = 0; c < cols.Length; c++)
            {
                var v = cols[c].Values[i];
                sb.Append(c > 0 ? "," : string.Empty).Append(double.IsNaN(v) ? "NA" : v.ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string? FindRscript()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
        {
            var p = Path.Combine(dir, "Rscript");
            if (File.Exists(p))
            {
                return p;
            }
        }

        return null;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].TrimStart('-');
            if (key == "no-r")
            {
                d[key] = "1";
            }
            else if (i + 1 < args.Length)
            {
                d[key] = args[++i];
            }
        }

        return d;
    }

    /// <summary>Synthetic rows with the MID case's columns: ~0.4% onsets, logit with the panel's rough coefficients.</summary>
    private static void Generate(int n, int seed, string path)
    {
        var rng = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var sb = new StringBuilder("gmlmidonset,gmlmidongoing,contig,lcapdist,cowmaj1,cowmaj2,v2x_polyarchy_min,v2x_polyarchy_max,capshare,atop_any,atop_defense,gmlmidspell\n");
        for (var i = 0; i < n; i++)
        {
            var contig = rng.NextDouble() < 0.03 ? 1 : 0;
            var lcap = contig == 1 ? 5.5 + (0.8 * Normal()) : 8.4 + (0.7 * Normal());
            var maj1 = rng.NextDouble() < 0.04 ? 1 : 0;
            var maj2 = rng.NextDouble() < 0.03 ? 1 : 0;
            var d1 = rng.NextDouble();
            var d2 = rng.NextDouble();
            var cap = 0.5 + (0.5 * rng.NextDouble());
            var ally = rng.NextDouble() < 0.12 ? 1 : 0;
            var def = ally == 1 && rng.NextDouble() < 0.7 ? 1 : 0;
            var spell = Math.Floor(-Math.Log(1 - rng.NextDouble()) * 45);
            var eta = 1.9 + (2.3 * contig) - (0.66 * lcap) + (2.1 * maj1) + (1.5 * maj2) - (3.7 * Math.Min(d1, d2)) + (1.3 * Math.Max(d1, d2))
                - (1.8 * cap) + (0.2 * ally) - (0.2 * def) - (0.18 * spell) + (0.003 * spell * spell) - (1.5e-5 * spell * spell * spell);
            var y = rng.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
            sb.Append(CultureInfo.InvariantCulture, $"{y},0,{contig},{lcap:R},{maj1},{maj2},{Math.Min(d1, d2):R},{Math.Max(d1, d2):R},{cap:R},{ally},{def},{spell}\n");
        }

        File.WriteAllText(path, sb.ToString());
    }

    [GeneratedRegex(@"cubic\(\s*([A-Za-z_.][A-Za-z0-9_.]*)\s*\)")]
    private static partial Regex CubicCall();

    [GeneratedRegex(@"[A-Za-z_.][A-Za-z0-9_.]*")]
    private static partial Regex Identifier();
}
