namespace Caravan.Cli.Tests.Sweep;

/// <summary>
/// The hardening sweep (issue 12): bad, faulty and hostile inputs across the commands, each a regression case.
/// Fixtures are generated per case into a temporary folder (<see cref="SweepFolder"/>).
/// </summary>
public static partial class SweepCases
{
    private static readonly Lazy<IReadOnlyList<SweepCase>> Cases = new(() =>
    {
        var all = new List<SweepCase>();
        all.AddRange(Numerics());
        all.AddRange(CsvReading());
        all.AddRange(Overwrites());
        all.AddRange(Paths());
        all.AddRange(Store());
        all.AddRange(CommandLine());
        all.AddRange(Crashes());
        all.AddRange(Budgets());
        all.AddRange(Messages());
        all.AddRange(Atomicity());
        var dup = all.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        return dup is null ? all : throw new InvalidOperationException($"Two sweep cases are named {dup.Key}.");
    });

    public static IReadOnlyList<SweepCase> All => Cases.Value;

    public static SweepCase Get(string name) => All.Single(c => c.Name == name);

    private static Expectation.Error Error(params string[] fragments) => new(fragments);

    private static Expectation.Result Result(Func<SweepFolder, RunResult, string?> verify) => new(verify);

    /// <summary>`fit` on a CSV generated from <paramref name="csv"/>, writing the coefficients to out.csv.</summary>
    private static Func<SweepFolder, string[]> Fit(string csv, string formula, params string[] more) => f =>
        ["fit", "--data", f.Text("d.csv", csv), "--formula", formula, "--out", f["out.csv"], .. more];

    /// <summary>Nothing written for a failed fit.</summary>
    private static string? NoOutput(SweepFolder f, RunResult r) => File.Exists(f["out.csv"]) && r.ExitCode != 0 ? "out.csv was written by a failed run" : null;
}
