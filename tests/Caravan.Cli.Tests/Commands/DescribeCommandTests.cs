using System.CommandLine;
using Caravan.Cli.Commands;

namespace Caravan.Cli.Tests.Commands;

[Collection("console")]
public sealed class DescribeCommandTests
{
    [Fact]
    public void Writes_statistics_with_missing_shares_and_text_levels()
    {
        var data = Path.Combine(Path.GetTempPath(), $"caravan-describe-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(data, ["x,g,s", "1,a,u", "2,a,v", ",b,u", "4,b,", "5,b,w"]);
        var csv = Path.ChangeExtension(data, ".desc.csv");
        try
        {
            var root = new RootCommand { DescribeCommand.Create() };
            Assert.Equal(0, root.Parse(["describe", "--data", data, "--by", "g", "--out", csv]).Invoke());
            var lines = File.ReadAllLines(csv);
            Assert.Equal("variable,g,N,mean,sd,min,p25,median,p75,max,missing", lines[0]);
            Assert.Equal("x,a,2,1.5,0.7071067811865476,1,1.25,1.5,1.75,2,0", lines[1]);
            Assert.StartsWith("x,b,2,4.5,", lines[2], StringComparison.Ordinal);
            Assert.EndsWith(",0.3333333333333333", lines[2], StringComparison.Ordinal);
            Assert.StartsWith("s,b,2,\"text, 2 levels\"", lines[4], StringComparison.Ordinal);
            Assert.Equal(2, root.Parse(["describe", "--data", data, "--vars", "nosuch"]).Invoke());
        }
        finally
        {
            File.Delete(data);
            File.Delete(csv);
        }
    }

    [Theory]
    [InlineData("sim")]
    [InlineData("describe")]
    public void A_docx_or_unwritable_out_fails_before_any_work_and_writes_nothing(string verb)
    {
        var dir = Directory.CreateTempSubdirectory("caravan-gridout-").FullName;
        var data = Path.Combine(dir, "d.csv");
        File.WriteAllLines(data, ["y,x", "0,1", "1,2", "0,3", "1,5", "0,2", "1,4"]);
        try
        {
            var root = new RootCommand { DescribeCommand.Create(), SimCommand.Create() };
            string[] common = verb == "sim" ? ["sim", "--data", data, "--model", "logit", "--formula", "y ~ x", "--at", "x=1"] : ["describe", "--data", data];
            var error = new StringWriter();
            var saved = Console.Error;
            Console.SetError(error);
            try
            {
                Assert.Equal(2, root.Parse([.. common, "--out", Path.Combine(dir, "t.docx")]).Invoke());
                File.WriteAllText(Path.Combine(dir, "t.csv"), "keep");
                Assert.Equal(2, root.Parse([.. common, "--out", Path.Combine(dir, "t.csv", "inside-a-file.csv")]).Invoke());
            }
            finally
            {
                Console.SetError(saved);
            }

            Assert.Contains($"--out: '{Path.Combine(dir, "t.docx")}': {verb} writes .txt, .md, .tex, .html or .csv.", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("error: --out: Cannot write", error.ToString(), StringComparison.Ordinal);
            Assert.Equal(["d.csv", "t.csv"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal("keep", File.ReadAllText(Path.Combine(dir, "t.csv")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
