using System.Globalization;
using Caravan.Reporting.Tables;

namespace Caravan.Reporting.Tests.Tables;

public sealed class RegressionTableRendererTests
{
    private static readonly IReadOnlyList<Estimation.Results.FitResult> Models = TableFixtures.TwoModels();

    private static string Stars(int model, string term)
    {
        var p = Models[model].Coefficients().Single(r => r.Term == term).PValue;
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.10 ? "*" : string.Empty;
    }

    private static string Num(int model, string term, bool se = false)
    {
        var r = Models[model].Coefficients().Single(c => c.Term == term);
        return (se ? r.StdError : r.Estimate).ToString("F3", CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Text_has_both_models_side_by_side_with_stars_se_fe_rows_and_stats()
    {
        var text = RegressionTableRenderer.Render(Models, TableFormat.Text);
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.Contains("(1)", StringComparison.Ordinal) && l.Contains("(2)", StringComparison.Ordinal));
        var x = lines.Single(l => l.StartsWith("x_1 ", StringComparison.Ordinal));
        Assert.Contains(Num(0, "x_1") + Stars(0, "x_1"), x, StringComparison.Ordinal);
        Assert.Contains(Num(1, "x_1") + Stars(1, "x_1"), x, StringComparison.Ordinal);
        var seLine = lines[Array.IndexOf(lines, x) + 1];
        Assert.Contains($"({Num(0, "x_1", se: true)})", seLine, StringComparison.Ordinal);
        Assert.Contains($"({Num(1, "x_1", se: true)})", seLine, StringComparison.Ordinal);
        var fe = lines.Single(l => l.StartsWith("Origin_id", StringComparison.Ordinal));
        Assert.Matches(@"Origin_id\s+Yes\s+No", fe);
        Assert.Matches(@"^N\s+60\s+60", lines.Single(l => l.StartsWith("N ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("Std. errors", StringComparison.Ordinal) && l.Contains("IID", StringComparison.Ordinal));
        Assert.Contains("* p < 0.1, ** p < 0.05, *** p < 0.01", text, StringComparison.Ordinal);
        // The intercept exists only in model 2: model 1's cell is empty.
        var icpt = lines.Single(l => l.StartsWith("(Intercept)", StringComparison.Ordinal));
        Assert.True(Array.IndexOf(lines, icpt) < Array.IndexOf(lines, x), "the intercept leads");
        Assert.Matches(@"^\(Intercept\)\s{4,}-?\d+\.\d{3}\**\s*$", icpt.TrimEnd());
    }

    [Fact]
    public void Decimals_line_up_in_text_columns()
    {
        var text = RegressionTableRenderer.Render(Models, TableFormat.Text);
        var lines = text.Split('\n');
        var est = lines.Single(l => l.StartsWith("z ", StringComparison.Ordinal));
        var se = lines[Array.IndexOf(lines, est) + 1];
        var dotEst = est.IndexOf('.', StringComparison.Ordinal);
        var dotSe = se.IndexOf('.', StringComparison.Ordinal);
        Assert.Equal(dotEst, dotSe);
    }

    [Fact]
    public void Custom_stars_renaming_ordering_and_omission()
    {
        var options = RegressionTable.Default with
        {
            Stars = [new StarLevel(0.5, "+")],
            Rename = new Dictionary<string, string> { ["x_1"] = "Trade share" },
            Order = ["z"],
            Omit = ["(Intercept)"],
            ModelNames = ["OLS", "Firth"],
            Digits = 2,
        };
        var text = RegressionTableRenderer.Render(Models, TableFormat.Text, options);
        Assert.DoesNotContain("(Intercept)", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\nz ", StringComparison.Ordinal) < text.IndexOf("\nTrade share", StringComparison.Ordinal));
        Assert.Contains("+ p < 0.5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("***", text, StringComparison.Ordinal);
        Assert.Contains("OLS", text, StringComparison.Ordinal);
        var r = Models[0].Coefficients().Single(c => c.Term == "z");
        Assert.Contains(r.Estimate.ToString("F2", CultureInfo.InvariantCulture) + (r.PValue < 0.5 ? "+" : string.Empty), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_is_a_pipe_table_with_escaped_cells()
    {
        var md = RegressionTableRenderer.Render(Models, TableFormat.Markdown);
        var lines = md.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("| | (1) | (2) |", lines[0], StringComparison.Ordinal);
        Assert.Equal("|:---|---:|---:|", lines[1]);
        Assert.Contains(@"| x\_1 |", md, StringComparison.Ordinal);
        Assert.Contains(@"| Origin\_id | Yes | No |", md, StringComparison.Ordinal);
        Assert.Contains(@"\* p < 0.1", md.Replace("&lt;", "<", StringComparison.Ordinal).Replace(@"\<", "<", StringComparison.Ordinal), StringComparison.Ordinal);
        var stars = Stars(0, "x_1").Replace("*", @"\*", StringComparison.Ordinal);
        Assert.Contains($"| {Num(0, "x_1")}{stars} |", md, StringComparison.Ordinal);
        // Every table row has the same number of unescaped pipes.
        var pipes = lines.TakeWhile(l => l.StartsWith('|')).Select(l => l.Replace(@"\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')).Distinct();
        Assert.Single(pipes);
    }

    [Fact]
    public void Latex_escapes_specials_and_uses_math_minus_and_superscript_stars()
    {
        var options = RegressionTable.Default with
        {
            Title = "Trade & conflict: 100% of dyads #1",
            Rename = new Dictionary<string, string> { ["z"] = "z_{it} ^ ~\\" },
        };
        var tex = RegressionTableRenderer.Render(Models, TableFormat.Latex, options);
        Assert.Contains(@"\caption{Trade \& conflict: 100\% of dyads \#1}", tex, StringComparison.Ordinal);
        Assert.Contains(@"x\_1 &", tex, StringComparison.Ordinal);
        Assert.Contains(@"z\_\{it\} \textasciicircum{} \textasciitilde{}\textbackslash{} &", tex, StringComparison.Ordinal);
        Assert.Contains(@"Origin\_id & Yes & No \\", tex, StringComparison.Ordinal);
        Assert.Contains(@"\begin{tabular}{lcc}", tex, StringComparison.Ordinal);
        Assert.Contains($" & ({Num(0, "x_1", se: true)}) & ({Num(1, "x_1", se: true)}) \\\\", tex, StringComparison.Ordinal);
        Assert.DoesNotContain("$^{)}$", tex, StringComparison.Ordinal);
        Assert.Contains("$p < 0.1$", tex, StringComparison.Ordinal);
        var zr = Models[0].Coefficients().Single(c => c.Term == "z");
        if (zr.Estimate < 0)
        {
            Assert.Contains("$-$" + Math.Abs(zr.Estimate).ToString("F3", CultureInfo.InvariantCulture), tex, StringComparison.Ordinal);
        }

        var s = Stars(0, "x_1");
        if (s.Length > 0)
        {
            Assert.Contains(Num(0, "x_1") + "$^{" + s + "}$", tex, StringComparison.Ordinal);
        }

        // No unescaped specials outside commands: every & is a column separator (count per row = models).
        foreach (var row in tex.Split('\n').Where(l => l.EndsWith(@"\\", StringComparison.Ordinal) && !l.StartsWith(@"\multicolumn", StringComparison.Ordinal)))
        {
            Assert.Equal(2, row.Replace(@"\&", string.Empty, StringComparison.Ordinal).Count(c => c == '&'));
        }
    }

    [Fact]
    public void Html_escapes_text_and_has_structure()
    {
        var options = RegressionTable.Default with
        {
            Title = "<script>alert('x')</script> & co",
            ModelNames = ["A<1>", "B \"2\""],
        };
        var html = RegressionTableRenderer.Render(Models, TableFormat.Html, options);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("<th>A&lt;1&gt;</th><th>B &quot;2&quot;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Origin_id</td><td>Yes</td><td>No</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tfoot>", html, StringComparison.Ordinal);
        Assert.Contains("* p &lt; 0.1", html, StringComparison.Ordinal);
        Assert.Equal(html.Split("<tr").Length - 1, html.Split("</tr>").Length - 1);
    }

    [Fact]
    public void Csv_has_one_row_per_term_with_roundtrip_numbers()
    {
        var csv = RegressionTableRenderer.Render(Models[1], TableFormat.Csv);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("term,estimate,std_error,statistic,p_value,conf_low,conf_high", lines[0]);
        Assert.Equal(Models[1].TermNames.Count + 1, lines.Length);
        var first = Models[1].Coefficients()[0];
        Assert.Equal(first.Estimate, double.Parse(lines[1].Split(',')[1], CultureInfo.InvariantCulture));
        var both = RegressionTableRenderer.Render(Models, TableFormat.Csv);
        Assert.StartsWith("model,term,", both, StringComparison.Ordinal);
    }

    [Fact]
    public void File_output_is_atomic_and_format_follows_the_extension()
    {
        var dir = Path.Combine(Path.GetTempPath(), "caravan-table-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(dir, "t.tex");
            RegressionTableRenderer.Write(path, Models);
            Assert.StartsWith(@"\begin{table}", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(dir));
            Assert.Throws<ArgumentException>(() => RegressionTableRenderer.Write(Path.Combine(dir, "t.xlsx"), Models));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
