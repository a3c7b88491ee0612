using BenchmarkDotNet.Running;

namespace Caravan.Bench;

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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
