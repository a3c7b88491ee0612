using System.Diagnostics;
using BenchmarkDotNet.Running;
using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Vcov;

namespace Caravan.Bench;

/// <summary>
/// Speed benchmarks against fixest's published shape (issue 3). Usage:
///   gen N SEED           writes bench/data/fe_N.csv and bench/data/nofe_N.csv
///   fit FILE MODEL FORMULA [VCOV] [REPS]   fit time only (data in memory), median of REPS (default 3)
///   suite N              the issue's table rows for size N (data generated first if missing)
///   vsfixest N REPS [SHAPE...] [--caravan PATH] [--no-fixest]   the caravan CLI against fixest via Rscript, interleaved
/// </summary>
internal static class Program
{
    // dotnet run -c Release --project bench/Caravan.Bench -- panel [runs] [--steps|--once]   (panel builder, timed directly)
    // ... -- panel --checksum FILE   (per-column, order-sensitive checksums of the world panel: compare before/after a change)
    // ... -- panel --sql FILE        (times ';;'-separated SQL statements against the world universe, table `universe`)
    // dotnet run -c Release --project bench/Caravan.Bench -- --filter '*ExportBenchmarks*'   (BenchmarkDotNet classes)
    public static int Main(string[] args)
    {
        if (args.FirstOrDefault() == "panel")
        {
            return PanelBench.Run(args[1..]);
        }

        if (args.FirstOrDefault() == "events")
        {
            return EventsBench.Run(args[1..]); // event pipeline: gen-tsv, gen-parquet, agg (docs/events.md)
        }

        if (args.FirstOrDefault() == "vsfixest")
        {
            return VsFixest.Run(FindRoot(), args[1..]); // the caravan CLI against fixest (Rscript), interleaved runs
        }

        if (args.FirstOrDefault()?.StartsWith("--", StringComparison.Ordinal) == true)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: gen N SEED | fit FILE MODEL FORMULA [VCOV] [REPS] | suite N [REPS] [rows...] | vsfixest N REPS [SHAPE...] [--caravan PATH] [--baseline PATH] [--no-fixest]");
            return 1;
        }

        var dir = Path.Combine(FindRoot(), "bench", "data");
        Directory.CreateDirectory(dir);
        switch (args[0])
        {
            case "gen":
                {
                    var n = (int)double.Parse(args[1], CultureInfo.InvariantCulture);
                    var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
                    Gen(dir, n, seed);
                    return 0;
                }

            case "fit":
                {
                    var frame = Read(args[1]);
                    var reps = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 3;
                    Time(frame, args[2], args[3], args.Length > 4 ? args[4] : null, reps);
                    return 0;
                }

            case "prof":
                PhaseProfile.Run(Read(args[1]), args[2], args[3], args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3);
                return 0;

            case "suite":
                {
                    var n = (int)double.Parse(args[1], CultureInfo.InvariantCulture);
                    var reps = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
                    var only = args.Skip(3).ToHashSet(StringComparer.Ordinal);
                    var tag = n.ToString("0e0", CultureInfo.InvariantCulture).Replace("+", string.Empty, StringComparison.Ordinal);
                    var fe = Path.Combine(dir, $"fe_{tag}.csv");
                    var nofe = Path.Combine(dir, $"nofe_{tag}.csv");
                    if (!File.Exists(fe) || !File.Exists(nofe))
                    {
                        Gen(dir, n, 1);
                    }

                    var rows = new (string Id, string File, string Model, string Formula)[]
                    {
                        ("ols3", fe, "ols", "ln_y ~ X1 | dum_1 + dum_2 + dum_3"),
                        ("pois1", fe, "poisson", "y ~ X1 | dum_1"),
                        ("pois2", fe, "poisson", "y ~ X1 | dum_1 + dum_2"),
                        ("pois3", fe, "poisson", "y ~ X1 | dum_1 + dum_2 + dum_3"),
                        ("logit1", fe, "logit", "y01 ~ X1 | dum_1"),
                        ("logit2", fe, "logit", "y01 ~ X1 | dum_1 + dum_2"),
                        ("logit3", fe, "logit", "y01 ~ X1 | dum_1 + dum_2 + dum_3"),
                        ("pois20", nofe, "poisson", "y ~ " + string.Join(" + ", Enumerable.Range(1, 20).Select(j => $"x{j}"))),
                        ("logit20", nofe, "logit", "y01 ~ " + string.Join(" + ", Enumerable.Range(1, 20).Select(j => $"x{j}"))),
                    };
                    var frames = new Dictionary<string, Frame>();
                    foreach (var r in rows.Where(r => only.Count == 0 || only.Contains(r.Id)))
                    {
                        if (!frames.TryGetValue(r.File, out var f))
                        {
                            f = Read(r.File);
                            frames[r.File] = f;
                        }

                        Console.Write($"{r.Id,-8} {r.Model,-8} {r.Formula,-40} ");
                        Time(f, r.Model, r.Formula, r.Formula.Contains('|', StringComparison.Ordinal) ? "cluster:dum_1" : "iid", reps);
                    }

                    return 0;
                }

            default:
                Console.Error.WriteLine($"unknown mode '{args[0]}'");
                return 1;
        }
    }

    private static void Gen(string dir, int n, int seed)
    {
        var tag = n.ToString("0e0", CultureInfo.InvariantCulture).Replace("+", string.Empty, StringComparison.Ordinal);
        var sw = Stopwatch.StartNew();
        DataGenerator.FixedEffects(n, seed, Path.Combine(dir, $"fe_{tag}.csv"));
        DataGenerator.NoFixedEffects(n, seed + 1, Path.Combine(dir, $"nofe_{tag}.csv"));
        Console.WriteLine($"generated n={n} seed={seed} in {sw.Elapsed.TotalSeconds:F1} s → {dir}");
    }

    private static Frame Read(string path)
    {
        var sw = Stopwatch.StartNew();
        var f = FrameReader.Read(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {Path.GetFileName(path)}: {sw.Elapsed.TotalSeconds:F3} s ({f.RowCount:N0} rows)"));
        return f;
    }

    private static void Time(Frame frame, string model, string formula, string? vcov, int reps)
    {
        var kind = model switch
        {
            "ols" => ModelKind.Ols,
            "logit" => ModelKind.Logit,
            "probit" => ModelKind.Probit,
            _ => ModelKind.Poisson,
        };
        var options = new FitOptions { Vcov = vcov is null ? null : VcovSpec.Parse(vcov) };
        var times = new List<double>();
        double coef = double.NaN, se = double.NaN;
        var iters = 0;
        var sweeps0 = Caravan.Estimation.FixedEffects.Demeaner.TotalSweeps;
        var cpu = new List<double>();
        for (var r = 0; r < reps; r++)
        {
            GC.Collect();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            var sw = Stopwatch.StartNew();
            var fit = Fit.Model(kind, frame, formula, options);
            times.Add(sw.Elapsed.TotalSeconds);
            cpu.Add(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu0);
            coef = fit.Estimates[0];
            se = fit.StdErrors()[0];
            iters = fit.Iterations;
        }

        times.Sort();
        var mem = GC.GetTotalMemory(false) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {times[times.Count / 2]:F3} s  (runs: {string.Join(", ", times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))})  b1={coef:G6} se={se:G4} iter={iters} sepIter={Caravan.Estimation.Estimators.SeparationDetector.LastIterations} sweeps/run={(Caravan.Estimation.FixedEffects.Demeaner.TotalSweeps - sweeps0) / reps} cpu={cpu.Order().ElementAt(cpu.Count / 2):F3} s managed={mem:F0} MB"));
    }

    private static string FindRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Caravan.slnx")))
        {
            d = d.Parent;
        }

        return d?.FullName ?? Directory.GetCurrentDirectory();
    }
}
