using BenchmarkDotNet.Running;

namespace Caravan.Bench;

internal static class Program
{
    // dotnet run -c Release --project bench/Caravan.Bench -- panel [runs] [--steps|--once]   (panel builder, timed directly)
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
