using System.CommandLine;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

/// <summary>The "done when": ingest the shipped real samples and aggregate China–Central Asia dyad-months from the CLI.</summary>
public sealed class EventsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-events-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Ingest_then_aggregate_China_Central_Asia_dyad_months()
    {
        var samples = Samples();
        var store = Path.Combine(_dir, "store");
        var (code, output, error) = Run("events", "ingest", "--store", store, Path.Combine(samples, "icews-2018-daily.zip"), Path.Combine(samples, "*.gz"));
        Assert.True(code == 0, error);
        Assert.Contains("ingested 61 file(s)", output, StringComparison.Ordinal);
        Assert.Contains("0 malformed rows", output, StringComparison.Ordinal);

        var again = Run("events", "ingest", "--store", store, Path.Combine(samples, "icews-2018-daily.zip"));
        Assert.Equal(0, again.Code);
        Assert.Contains("ingested 0 file(s)", again.Output, StringComparison.Ordinal);
        Assert.Contains("already in the store", again.Output, StringComparison.Ordinal);

        var csv = Path.Combine(_dir, "out", "ca_months.csv");
        var agg = Run("events", "aggregate", "--store", store, "--unit", "dyad-month", "--states", "CHN,KAZ,KGZ,TJK,TKM,UZB", "--dataset", "icews", "--out", csv);
        Assert.True(agg.Code == 0, agg.Error);
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("dataset,ccode1,ccode2,iso3_1,iso3_2,year,month,events,verbal_coop", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("icews,702,710,TJK,CHN,2018,10,47,", StringComparison.Ordinal)); // awk: 47 (tests/data/events/expected.csv)
        Assert.Contains(lines, l => l.StartsWith("icews,702,710,TJK,CHN,2018,11,0,", StringComparison.Ordinal)); // covered month, no event
        Assert.True(File.Exists(Path.Combine(_dir, "out", "ca_months.codebook.csv")));
    }

    [Fact]
    public void Bad_input_names_the_problem_and_exits_2()
    {
        var missing = Run("events", "ingest", "--store", Path.Combine(_dir, "s"), Path.Combine(_dir, "nope.CSV"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("No such file or folder", missing.Error, StringComparison.Ordinal);
        var noStore = Run("events", "aggregate", "--store", Path.Combine(_dir, "empty"), "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(2, noStore.Code);
        Assert.Contains("is not an event store", noStore.Error, StringComparison.Ordinal);
        var badUnit = Run("events", "aggregate", "--store", Path.Combine(_dir, "empty"), "--unit", "week", "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(2, badUnit.Code);
        Assert.Contains("--unit 'week'", badUnit.Error, StringComparison.Ordinal);
    }

    private static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "events");
            if (File.Exists(Path.Combine(candidate, "expected.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/data/events");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { EventsCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
