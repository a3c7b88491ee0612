using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Caravan.Cli.Tests.Sweep;

/// <summary>Runs a case (in-process through <see cref="Program.Main"/>, or as a process) and classifies the outcome.</summary>
public static partial class SweepRunner
{
    private static readonly Lock ConsoleLock = new();

    public static Outcome Execute(SweepCase c)
    {
        using var folder = new SweepFolder();
        RunResult result;
        try
        {
            result = c.Run is not null ? c.Run(folder, c)
                : c.OutOfProcess ? RunProcess(c.Setup(folder), c.Timeout, c.Environment)
                : RunInProcess(c.Setup(folder), c.Timeout);
        }
        catch (Exception e)
        {
            return new Outcome(OutcomeClass.Crash, "the case's own set-up or run threw: " + e);
        }

        return Classify(c, folder, result);
    }

    public static Outcome Classify(SweepCase c, SweepFolder folder, RunResult r)
    {
        if (r.TimedOut)
        {
            return new Outcome(OutcomeClass.Hang, $"no answer within {c.Timeout.TotalSeconds:F0} s");
        }

        if (r.Escaped is not null || StackFrame().IsMatch(r.All) || r.All.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase))
        {
            return new Outcome(OutcomeClass.Crash, (r.Escaped?.ToString() ?? r.Err).Trim());
        }

        var files = c.Check?.Invoke(folder, r);
        var shown = $"exit {r.ExitCode}; stderr: {Shorten(r.Err)}; stdout: {Shorten(r.Out)}";
        if (r.ExitCode != 0)
        {
            if (files is not null)
            {
                return new Outcome(OutcomeClass.PartialOutput, $"{files} ({shown})");
            }

            string[]? fragments = c.Expect switch
            {
                Expectation.Error e => e.Fragments,
                Expectation.ErrorOrResult e => e.Fragments,
                _ => null,
            };
            if (fragments is null)
            {
                return new Outcome(OutcomeClass.Misleading, "a result was due, but it failed: " + shown);
            }

            if (r.Err.Trim().Length == 0 && r.Out.Trim().Length == 0)
            {
                return new Outcome(OutcomeClass.Misleading, "failed without saying why: " + shown);
            }

            var missing = fragments.Where(f => !r.All.Contains(f, StringComparison.OrdinalIgnoreCase)).ToList();
            return missing.Count > 0
                ? new Outcome(OutcomeClass.Misleading, $"the message lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}: {shown}")
                : new Outcome(OutcomeClass.ClearError, Shorten(r.Err));
        }

        if (files is not null)
        {
            return new Outcome(OutcomeClass.SilentWrong, $"{files} ({shown})");
        }

        var verify = c.Expect switch
        {
            Expectation.Result e => e.Verify,
            Expectation.ErrorOrResult e => e.Verify,
            _ => null,
        };
        if (verify is null)
        {
            return new Outcome(OutcomeClass.SilentWrong, "an error was due, but it exited 0: " + shown);
        }

        var wrong = verify(folder, r);
        return wrong is null ? new Outcome(OutcomeClass.CorrectHandling, "ok") : new Outcome(OutcomeClass.SilentWrong, $"{wrong} ({shown})");
    }

    /// <summary>Program.Main with the console captured; the console is process-wide, so one case at a time.</summary>
    public static RunResult RunInProcess(string[] args, TimeSpan timeout)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var o = new StringWriter();
            var e = new StringWriter();
            Console.SetOut(TextWriter.Synchronized(o));
            Console.SetError(TextWriter.Synchronized(e));
            try
            {
                var task = Task.Factory.StartNew(() => Program.Main(args), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                if (!task.Wait(timeout))
                {
                    return new RunResult(-1, o.ToString(), e.ToString(), true, null);
                }

                return new RunResult(task.Result, o.ToString(), e.ToString(), false, null);
            }
            catch (AggregateException ex)
            {
                return new RunResult(-1, o.ToString(), e.ToString(), false, ex.InnerException ?? ex);
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }

    /// <summary>The built caravan.dll as a child process (dotnet caravan.dll ARGS), killed at the timeout.</summary>
    public static RunResult RunProcess(string[] args, TimeSpan timeout, IReadOnlyDictionary<string, string>? env = null)
    {
        using var p = StartProcess(args, env);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return new RunResult(-1, stdout.Result, stderr.Result, true, null);
        }

        p.WaitForExit();
        return new RunResult(p.ExitCode, stdout.Result, stderr.Result, false, null);
    }

    public static Process StartProcess(string[] args, IReadOnlyDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "caravan.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        info.Environment["DOTNET_gcServer"] = "0";
        return Process.Start(info)!;
    }

    private static string Shorten(string s)
    {
        s = s.Trim().Replace('\n', ' ');
        return s.Length <= 400 ? s : s[..400] + " ...";
    }

    [GeneratedRegex(@"^\s+at [\w.`<>\[\]]+[.(]", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
