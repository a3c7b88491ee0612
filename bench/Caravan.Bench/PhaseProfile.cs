using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Vcov;

namespace Caravan.Bench;

/// <summary>
/// Phase timings of one fit (parse, sample, separation, estimator, assembly+vcov): wall, process CPU,
/// bytes allocated (all threads) and GC counts per phase. Usage: prof FILE MODEL FORMULA [REPS].
/// </summary>
internal static class PhaseProfile
{
    public static void Run(Frame frame, string model, string formula, int reps)
    {
        if (model == "expcheck")
        {
            var rng = new Random(1);
            double worst = 0;
            for (var i = 0; i < 10_000_000; i += 4)
            {
                var v = System.Runtime.Intrinsics.Vector256.Create(rng.NextDouble() * 60 - 30, rng.NextDouble() * 1400 - 700, rng.NextDouble() * 4 - 2, rng.NextDouble() * 20 - 10);
                var e = System.Runtime.Intrinsics.Vector256.Exp(v);
                for (var k = 0; k < 4; k++)
                {
                    var m = Math.Exp(v[k]);
                    worst = Math.Max(worst, Math.Abs(e[k] - m) / m);
                }
            }

            Console.WriteLine($"max rel diff Vector256.Exp vs Math.Exp: {worst:G3}; accelerated {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}");
            return;
        }

        var kind = model switch
        {
            "ols" => ModelKind.Ols,
            "logit" => ModelKind.Logit,
            "probit" => ModelKind.Probit,
            _ => ModelKind.Poisson,
        };
        var o = new FitOptions { Vcov = formula.Contains('|', StringComparison.Ordinal) ? VcovSpec.Parse("cluster:dum_1") : null };
        var threads = int.TryParse(Environment.GetEnvironmentVariable("PROF_THREADS"), out var pt) ? pt : Environment.ProcessorCount;
        for (var r = 0; r < reps; r++)
        {
            GC.Collect();
            var line = new List<string>();
            var sweeps0 = Caravan.Estimation.FixedEffects.Demeaner.TotalSweeps;
            var t = Start();
            var parsed = FormulaParser.Parse(formula);
            var sample = SampleBuilder.Build(kind, frame, parsed, o);
            line.Add(Stop("sample", t));
            t = Start();
            if (kind == ModelKind.Poisson)
            {
                var sep = SeparationDetector.Detect(sample, o, threads, out _);
                if (sep.Length > 0)
                {
                    sample = SeparationDetector.Without(sample, sep);
                }
            }

            line.Add(Stop("separation", t) + $" it {SeparationDetector.LastIterations} sweeps {Caravan.Estimation.FixedEffects.Demeaner.TotalSweeps - sweeps0}");
            t = Start();
            var raw = kind == ModelKind.Ols ? OlsEstimator.Fit(sample, o, threads) : IrlsEstimator.Fit(kind, sample, o, threads);
            line.Add(Stop("estimate", t));
            t = Start();
            var fit = ResultAssembler.Assemble(kind, frame, sample, raw, o, threads);
            line.Add(Stop("assemble", t));
            Console.WriteLine($"b1={fit.Estimates[0]:G8} it={fit.Iterations} sweeps={Caravan.Estimation.FixedEffects.Demeaner.TotalSweeps - sweeps0} | " + string.Join(" | ", line));
        }
    }

    private static (long Ticks, double Cpu, long Bytes, int Gc0, int Gc2, double Jit, long Methods) Start() =>
        (Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, GC.GetTotalAllocatedBytes(false), GC.CollectionCount(0), GC.CollectionCount(2),
            System.Runtime.JitInfo.GetCompilationTime(false).TotalSeconds, System.Runtime.JitInfo.GetCompiledMethodCount(false));

    // jit: time the JIT spent compiling during the phase (all threads) and the number of methods it compiled.
    private static string Stop(string name, (long Ticks, double Cpu, long Bytes, int Gc0, int Gc2, double Jit, long Methods) s) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name} {Stopwatch.GetElapsedTime(s.Ticks).TotalSeconds:F3}s cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - s.Cpu:F3} jit {System.Runtime.JitInfo.GetCompilationTime(false).TotalSeconds - s.Jit:F3}s/{System.Runtime.JitInfo.GetCompiledMethodCount(false) - s.Methods} alloc {(GC.GetTotalAllocatedBytes(false) - s.Bytes) / 1e6:F0}MB gc {GC.CollectionCount(0) - s.Gc0}/{GC.CollectionCount(2) - s.Gc2}");
}
