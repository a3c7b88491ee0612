using System.CommandLine;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// Runs the CLI in-process with the console captured (tests that use it belong to the "console" collection: the console
/// is process-wide). <see cref="Program"/> runs the whole program; <see cref="Command"/> one command under a bare root.
/// </summary>
internal static class ConsoleRun
{
    public static (int Code, string Out, string Err) Program(params string[] args) => Capture(() => Cli.Program.Main(args));

    public static (int Code, string Out, string Err) Command(Command command, params string[] args) =>
        Capture(() => new RootCommand { command }.Parse([command.Name, .. args]).Invoke());

    private static (int Code, string Out, string Err) Capture(Func<int> run)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = run();
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
