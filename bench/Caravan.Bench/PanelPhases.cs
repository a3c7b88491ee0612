using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Bench;

/// <summary>
/// `panel-phases [UNIT] [YEARS] [FORMAT]`: one world panel build in this process, then the phases after the steps,
/// each with wall and CPU time and the peak RSS so far: the export (PanelExporter, as the CLI writes) and the summary.
/// SETTINGS (env CARAVAN_BENCH_SQL, ';'-separated) are run on the store first, to try DuckDB settings.
/// </summary>
internal static class PanelPhases
{
    public static int Run(string[] args)
    {
        var unit = args.Length > 0 ? args[0] : "directed-dyad-year";
        var years = args.Length > 1 ? YearRange.Parse(args[1]) : new YearRange(1816, 2020);
        var format = args.Length > 2 ? args[2] : "parquet";
        var spec = new PanelSpec(PanelOptions.Unit(unit), StateSystem.CorrelatesOfWar, years);
        using var store = CaravanStore.Open();
        if (Environment.GetEnvironmentVariable("CARAVAN_BENCH_SQL") is { Length: > 0 } sql)
        {
            store.Execute(sql);
        }

        var steps = Environment.GetEnvironmentVariable("CARAVAN_BENCH_STEPS") is { Length: > 0 } st ? st.Split(',') : ["all"];
        var panel = Phase("build (" + string.Join(",", steps) + ")", () => PanelBuilder.Build(store, spec, steps, new StepCpu()));
        var dir = Path.Combine(Path.GetTempPath(), $"caravan-phases-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        if (format != "none")
        {
            Phase($"export .{format}", () => PanelExporter.Write(store.Connection, panel.Table, Path.Combine(dir, "world." + format), panel.Codebook));
        }

        Phase("summary", () => PanelSummary.Of(store, panel));
        if (Environment.GetEnvironmentVariable("CARAVAN_BENCH_AFTER") is { Length: > 0 } after)
        {
            // ';;'-separated statements, {panel} = the panel relation, {dir} = a scratch folder: each timed.
            foreach (var stmt in File.ReadAllText(after).Split(";;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var text = stmt.Replace("{panel}", CaravanStore.Quote(panel.Table), StringComparison.Ordinal).Replace("{dir}", dir, StringComparison.Ordinal);
                if (text.StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase) || text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                {
                    store.Query(text, r => Console.WriteLine(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(r.GetValue))));
                    continue;
                }

                Phase(text.Split('\n')[0][..Math.Min(60, text.Split('\n')[0].Length)], () => store.Execute(text));
            }
        }

        Console.WriteLine($"{(format == "none" ? 0 : new FileInfo(Path.Combine(dir, "world." + format)).Length) / 1e6:F0} MB written; memory: {store.Scalar("SELECT sum(memory_usage_bytes) // 1000000 FROM duckdb_memory()")} MB in DuckDB now, temp {store.Scalar("SELECT sum(temporary_storage_bytes) // 1000000 FROM duckdb_memory()")} MB");
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static T Phase<T>(string name, Func<T> f)
    {
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var r = f();
        using var me = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} wall {sw.Elapsed.TotalSeconds,6:F2} s  cpu {(me.TotalProcessorTime - cpu0).TotalSeconds,6:F2} s  peak RSS {me.PeakWorkingSet64 / 1048576.0,5:F0} MB  load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return r;
    }

    /// <summary>Per-step wall and CPU time (CPU time is robust to a shared, loaded machine).</summary>
    private sealed class StepCpu : IProgress<PanelProgress>
    {
        private TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public void Report(PanelProgress value)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            if (value.Finished)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Step,-12} wall {value.Elapsed.TotalSeconds,5:F2} s  cpu {(now - cpu).TotalSeconds,5:F2} s"));
            }

            cpu = now;
        }
    }

    private static void Phase(string name, Action f) => Phase(name, () => { f(); return 0; });
}
