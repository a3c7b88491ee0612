namespace Caravan.Bench;

internal static class Program
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "panel" => PanelBench.Run(args[1..]),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Caravan.Bench panel [runs]");
        return 2;
    }
}
