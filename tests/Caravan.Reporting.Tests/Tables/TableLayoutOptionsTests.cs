using DocumentFormat.OpenXml.Packaging;
using Caravan.Reporting.Tables;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Caravan.Reporting.Tests.Tables;

/// <summary>Keep/drop patterns, notes and provenance, the HTML document, the Word table and the output checks.</summary>
public sealed class TableLayoutOptionsTests
{
    private static readonly IReadOnlyList<Estimation.Results.FitResult> Models = TableFixtures.TwoModels();

    private static string[] Labels(RegressionTable o) =>
        RegressionTableRenderer.Render(Models, TableFormat.Markdown, o with { ShowModelInfo = false, ShowVcov = false, Statistics = [] })
            .Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| |", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim()).Where(l => l.Length > 0 && l != "Origin\\_id").ToArray();

    [Fact]
    public void Keep_and_drop_are_regular_expressions_on_the_label_or_with_percent_on_the_name()
    {
        Assert.Equal(["(Intercept)", "x\\_1", "z"], Labels(RegressionTable.Default));
        Assert.Equal(["x\\_1"], Labels(RegressionTable.Default with { Keep = ["^x"] }));
        Assert.Equal(["(Intercept)", "z"], Labels(RegressionTable.Default with { Drop = ["_1$"] }));

        // Renamed: the label is matched, the original name only with '%'.
        var renamed = RegressionTable.Default with { Rename = new Dictionary<string, string> { ["x_1"] = "Trade" } };
        Assert.Equal(["Trade"], Labels(renamed with { Keep = ["^Tr"] }));
        Assert.Empty(Labels(renamed with { Keep = ["^x"] }));
        Assert.Equal(["Trade"], Labels(renamed with { Keep = ["%^x"] }));
        Assert.Equal(["(Intercept)", "Trade"], Labels(renamed with { Drop = ["^z$"] }));
        var bad = Assert.Throws<ArgumentException>(() => RegressionTableRenderer.Validate(RegressionTable.Default with { Drop = ["(x"] }));
        Assert.Contains("--drop '(x'", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_and_provenance_follow_the_stars_legend_in_every_format()
    {
        var o = RegressionTable.Default with { Notes = ["Logit & friends."], Provenance = "Caravan 9.9 (commit abc)" };
        var text = RegressionTableRenderer.Render(Models, TableFormat.Text, o).TrimEnd().Split('\n');
        Assert.Equal("* p < 0.1, ** p < 0.05, *** p < 0.01", text[^3].TrimEnd());
        Assert.Equal("Logit & friends.", text[^2].TrimEnd());
        Assert.Equal("Caravan 9.9 (commit abc)", text[^1].TrimEnd());
        Assert.Contains(@"\footnotesize Logit \& friends.} \\", RegressionTableRenderer.Render(Models, TableFormat.Latex, o), StringComparison.Ordinal);
        Assert.Contains("<br>Logit &amp; friends.<br>Caravan 9.9 (commit abc)</td>", RegressionTableRenderer.Render(Models, TableFormat.Html, o), StringComparison.Ordinal);
        Assert.Contains("Logit & friends.  \nCaravan 9.9", RegressionTableRenderer.Render(Models, TableFormat.Markdown, o), StringComparison.Ordinal);
    }

    [Fact]
    public void The_variance_row_sits_between_fixed_effects_and_statistics_as_in_etable()
    {
        var rows = RegressionTableRenderer.Render(Models, TableFormat.Markdown).Split('\n').Select(l => l.Split('|').ElementAtOrDefault(1)?.Trim()).ToList();
        var fe = rows.IndexOf("Origin\\_id");
        var vcov = rows.IndexOf("Std. errors");
        var n = rows.IndexOf("N");
        Assert.True(fe < vcov && vcov < n, $"fixed effects {fe}, variance {vcov}, N {n}");
    }

    [Fact]
    public void Html_is_a_complete_document_or_a_fragment()
    {
        var doc = RegressionTableRenderer.Render(Models, TableFormat.Html, RegressionTable.Default with { HtmlDocument = true, Title = "T<1>" });
        Assert.StartsWith("<!DOCTYPE html>", doc, StringComparison.Ordinal);
        Assert.Contains("<title>T&lt;1&gt;</title>", doc, StringComparison.Ordinal);
        Assert.EndsWith("</html>", doc.TrimEnd(), StringComparison.Ordinal);
        var fragment = RegressionTableRenderer.Render(Models, TableFormat.Html);
        Assert.StartsWith("<table", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_table_holds_the_same_cells_as_the_text_table()
    {
        var o = RegressionTable.Default with { Title = "Table 1", Notes = ["A note."] };
        var bytes = RegressionTableRenderer.RenderBytes(Models, TableFormat.Docx, o);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var table = Assert.Single(body.Elements<Word.Table>());
        // An explicit grid with a width per column (LibreOffice collapses "auto" columns to nothing).
        Assert.Equal(3, table.GetFirstChild<Word.TableGrid>()!.Elements<Word.GridColumn>().Count(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 900));
        var grid = table.Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToArray()).ToArray();
        var md = RegressionTableRenderer.Render(Models, TableFormat.Markdown, o);
        Assert.Equal(["", "(1)", "(2)"], grid[0]);
        var x = Models[0].Coefficients().Single(r => r.Term == "x_1");
        var xRow = grid.Single(r => r[0] == "x_1");
        Assert.StartsWith(x.Estimate.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), xRow[1], StringComparison.Ordinal);
        Assert.Equal(grid.Length - 1, md.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);
        var paragraphs = body.Elements<Word.Paragraph>().Select(p => p.InnerText).ToArray();
        Assert.Equal("Table 1", paragraphs[0]);
        Assert.Contains("A note.", paragraphs);
    }

    [Fact]
    public void Output_targets_are_checked_before_any_work()
    {
        var dir = Path.Combine(Path.GetTempPath(), "caravan-target-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var blocker = Path.Combine(dir, "plain-file");
            File.WriteAllText(blocker, "x");
            Assert.Equal(TableFormat.Docx, RegressionTableRenderer.CheckTarget(Path.Combine(dir, "new", "t.docx")));
            Assert.Throws<ArgumentException>(() => RegressionTableRenderer.CheckTarget(Path.Combine(dir, "t.xlsx")));
            var e = Assert.Throws<IOException>(() => RegressionTableRenderer.CheckTarget(Path.Combine(blocker, "t.tex")));
            Assert.Contains("plain-file", e.Message, StringComparison.Ordinal);
            Directory.CreateDirectory(Path.Combine(dir, "folder.tex"));
            Assert.Throws<IOException>(() => RegressionTableRenderer.CheckTarget(Path.Combine(dir, "folder.tex")));
            // The probe leaves nothing behind.
            Assert.Equal(["folder.tex", "new", "plain-file"], Directory.GetFileSystemEntries(dir).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray());
            Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(dir, "new")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
