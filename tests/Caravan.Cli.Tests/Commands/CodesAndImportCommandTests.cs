using System.CommandLine;
using Caravan.Cli.Commands;
using DuckDB.NET.Data;

namespace Caravan.Cli.Tests.Commands;

public sealed class CodesAndImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Codes_prints_every_code()
    {
        var (code, output, error) = Run(CodesCommand.Create(), "codes", "Kyrgyz Republic", "--year", "1995");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Kyrgyzstan (codes in 1995)", output);
        Assert.Contains("COW code        703", output);
        Assert.Contains("COW abbrev      KYR", output);
        Assert.Contains("G-W code        703", output);
        Assert.Contains("ISO3            KGZ", output);
        Assert.Contains("IMF DOTS name   Kyrgyz Rep.", output);
        Assert.Contains("COW membership  1991-", output);
    }

    [Fact]
    public void Codes_of_an_unknown_country_suggests_and_exits_2()
    {
        var (code, output, error) = Run(CodesCommand.Create(), "codes", "Kazakstan");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("Unknown country 'Kazakstan'. Did you mean: Kazakhstan (KAZ, 705)", error);
    }

    [Fact]
    public void Import_creates_the_table_in_a_persistent_store()
    {
        var csv = Path.Combine(_dir, "trade_2023.csv");
        File.WriteAllText(csv, "reporter,partner,year,value_musd\nKAZ,CHN,2023,15321\nKGZ,CHN,2023,2210.5\n");
        var store = Path.Combine(_dir, "store.duckdb");
        var (code, output, error) = Run(
            ImportCommand.Create(), "import", csv, "--name", "trade_2023", "--store", store,
            "--schema", "reporter:text:key,partner:text:key,year:int:key,value_musd:double:nonneg");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Created table trade_2023", output);
        Assert.Contains("2 rows", output);

        using var db = new DuckDBConnection($"DataSource={store}");
        db.Open();
        using var q = db.CreateCommand();
        q.CommandText = "SELECT sum(value_musd) FROM trade_2023";
        Assert.Equal(17531.5, q.ExecuteScalar());
    }

    [Fact]
    public void Import_of_a_bad_file_reports_the_row_and_exits_2_leaving_no_table()
    {
        var csv = Path.Combine(_dir, "trade_2023.csv");
        File.WriteAllText(csv, "reporter,partner,year,value_musd\nKAZ,CHN,2023,abc\n");
        var store = Path.Combine(_dir, "store.duckdb");
        var (code, _, error) = Run(
            ImportCommand.Create(), "import", csv, "--name", "trade_2023", "--store", store,
            "--schema", "reporter:text:key,partner:text:key,year:int:key,value_musd:double:nonneg");
        Assert.Equal(2, code);
        Assert.Contains("trade_2023.csv row 2, column value_musd: 'abc' is not a number.", error);
        Assert.Contains("Nothing was imported.", error);
        Assert.False(File.Exists(store)); // the store did not exist before: no empty file is left

        File.WriteAllText(csv, "reporter,partner,year,value_musd\nKAZ,CHN,2023,1\n");
        Assert.Equal(0, Run(ImportCommand.Create(), "import", csv, "--name", "old", "--store", store).Code);
        File.WriteAllText(csv, "reporter,partner,year,value_musd\nKAZ,CHN,2023,abc\n");
        Assert.Equal(2, Run(
            ImportCommand.Create(), "import", csv, "--name", "trade_2023", "--store", store,
            "--schema", "reporter:text:key,partner:text:key,year:int:key,value_musd:double:nonneg").Code);
        Assert.True(File.Exists(store)); // an existing store is kept

        using var db = new DuckDBConnection($"DataSource={store}");
        db.Open();
        using var q = db.CreateCommand();
        q.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'trade_2023'";
        Assert.Equal(0L, Convert.ToInt64(q.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Import_with_a_malformed_schema_exits_2()
    {
        var csv = Path.Combine(_dir, "t.csv");
        File.WriteAllText(csv, "a\n1\n");
        var (code, _, error) = Run(ImportCommand.Create(), "import", csv, "--name", "t", "--store", Path.Combine(_dir, "s.duckdb"), "--schema", "a:money");
        Assert.Equal(2, code);
        Assert.Contains("unknown type 'money'", error);
    }

    private static (int Code, string Output, string Error) Run(Command command, params string[] args)
    {
        var root = new RootCommand { command };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
