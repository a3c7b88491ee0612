using BenchmarkDotNet.Running;

namespace Caravan.Bench;

internal static class Program
{
    // dotnet run -c Release --project bench/Caravan.Bench -- --filter '*ExportBenchmarks*'
    public static int Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
