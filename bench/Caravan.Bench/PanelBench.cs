using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Bench;

/// <summary>
/// `bench panel`: world COW directed dyad-years 1816-2020 (~2.1M rows). Times the universe alone and the universe
/// with all add steps, each in a fresh in-memory store, 3 runs (after one warm-up); prints medians and peak memory.
/// Targets (issue 2): universe ≤ 1 s, all steps ≤ 10 s, peak memory &lt; 2 GB on the 2-core machine.
/// </summary>
internal static class PanelBench
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var r) ? Math.Max(r, 1) : 3;
        var sqlAt = Array.IndexOf(args, "--sql");
        if (sqlAt >= 0)
        {
            // Times the ';;'-separated statements of a file against a fresh store holding the world universe as table `universe`.
            using var db = CaravanStore.Open();
            var p = PanelBuilder.Build(db, new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020)), ["none"]);
            db.Execute($"CREATE TEMP TABLE universe AS SELECT row_number() OVER () AS rid, * FROM {CaravanStore.Quote(p.Table)}");
            foreach (var stmt in File.ReadAllText(args[sqlAt + 1]).Split(";;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var c0 = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                var res = db.Scalar(stmt);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall {sw.Elapsed.TotalSeconds:F2} s, cpu {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalSeconds:F2} s -> {res}: {stmt.Split('\n')[0]}"));
            }

            return 0;
        }

        var sumAt = Array.IndexOf(args, "--checksum");
        if (sumAt >= 0)
        {
            // Per-column, order-sensitive checksums of the full world panel (compare before/after an optimisation).
            return Checksum(sumAt + 1 < args.Length ? args[sumAt + 1] : "panel-checksums.tsv");
        }

        if (args.Contains("--once"))
        {
            // One full build in a fresh process: the peak-memory measurement.
            var t = Time(new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020)), ["all"], 1, "one build");
            using var me = Process.GetCurrentProcess();
            me.Refresh();
            Console.WriteLine($"peak working set (one build): {me.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB");
            return t > 0 ? 0 : 1;
        }

        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020));
        Console.WriteLine($"bench panel: world COW directed dyad-years 1816-2020, {Environment.ProcessorCount} cores, {runs} runs + warm-up");
        using (var probe = CaravanStore.Open())
        {
            Console.WriteLine($"duckdb threads: {probe.Scalar("SELECT current_setting('threads')")}, version {probe.Scalar("SELECT version()")}");
        }

        Time(spec, ["none"], 1, "warm-up", quiet: true);
        var universe = Time(spec, ["none"], runs, "universe");
        var all = Time(spec, ["all"], runs, "universe + all steps");
        if (args.Contains("--steps"))
        {
            using var store = CaravanStore.Open();
            PanelBuilder.Build(store, spec, ["all"], new CpuProgress());
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB");
        Console.WriteLine($"median universe {universe:F2} s (target <= 1 s); median all steps {all:F2} s (target <= 10 s)");
        return 0;
    }

    private static int Checksum(string file)
    {
        using var store = CaravanStore.Open();
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2020));
        var panel = PanelBuilder.Build(store, spec, ["all"]);
        var columns = store.ColumnsOf(panel.Table);
        var sums = string.Join(", ", columns.Select(c => $"sum(hash(rn, {CaravanStore.Quote(c)})::HUGEINT)::VARCHAR"));
        var lines = new List<string> { $"rows\t{panel.RowCount}", $"columns\t{string.Join(",", columns)}" };
        store.Query($"SELECT {sums} FROM (SELECT row_number() OVER () AS rn, * FROM {CaravanStore.Quote(panel.Table)})", rd =>
        {
            for (var i = 0; i < columns.Count; i++)
            {
                lines.Add($"{columns[i]}\t{rd.GetValue(i)}");
            }
        });
        File.WriteAllLines(file, lines);
        Console.WriteLine($"{panel.RowCount} rows x {columns.Count} columns; checksums written to {file}");
        return 0;
    }

    /// <summary>Per-step wall and CPU time (CPU time is robust to a shared, loaded machine).</summary>
    private sealed class CpuProgress : IProgress<PanelProgress>
    {
        private TimeSpan cpu;

        public void Report(PanelProgress value)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            if (value.Finished)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{value.Index}/{value.Total}] {value.Step}: wall {value.Elapsed.TotalSeconds:F2} s, cpu {(now - cpu).TotalSeconds:F2} s"));
            }

            cpu = now;
        }
    }

    private static double Time(PanelSpec spec, string[] steps, int runs, string label, bool quiet = false)
    {
        var times = new List<double>();
        var cpus = new List<double>();
        var reads = new List<double>();
        long rows = 0;
        int columns = 0;
        for (var i = 0; i < runs; i++)
        {
            using var store = CaravanStore.Open();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var panel = PanelBuilder.Build(store, spec, steps);
            var built = clock.Elapsed.TotalSeconds;
            // Read every column once (as an export does), so a lazily assembled panel is timed in full.
            store.Scalar($"SELECT count(*) FROM (SELECT * FROM {panel.Table}) WHERE {string.Join(" OR ", panel.Codebook.Select(c => CaravanStore.Quote(c.Variable) + " IS NOT NULL"))}");
            clock.Stop();
            reads.Add(clock.Elapsed.TotalSeconds - built);
            times.Add(clock.Elapsed.TotalSeconds);
            cpus.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
            rows = panel.RowCount;
            columns = panel.Codebook.Count;
        }

        times.Sort();
        var median = times[times.Count / 2];
        if (!quiet)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {rows:N0} rows x {columns} columns; wall {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s (median {median:F2} s); cpu {string.Join(", ", cpus.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s; of which reading the panel {string.Join(", ", reads.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        }

        return median;
    }
}
