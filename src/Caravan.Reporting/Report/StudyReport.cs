using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;
using Caravan.Indicators;
using Caravan.Reporting.Output;
using Caravan.Reporting.Tables;

namespace Caravan.Reporting.Report;

/// <summary>What the report wrote.</summary>
public sealed record ReportFiles(string Html, string Markdown, IReadOnlyList<string> Csv, IReadOnlyList<string> Png, IReadOnlyList<string> Svg);

/// <summary>Renders a <see cref="StudyResult"/> into out/: CSVs, charts (PNG + SVG), report.html (self-contained) and report.md.</summary>
public static class StudyReport
{
    public static ReportFiles Write(StudyResult r, string outDirectory, IProgress<string>? progress = null)
    {
        var dir = Path.GetFullPath(outDirectory);
        Directory.CreateDirectory(dir);
        var csv = new List<CsvTable>
        {
            StudyTables.Summary(r), StudyTables.Verdicts(r), StudyTables.KeyTerms(r), StudyTables.Trade(r), StudyTables.Events(r),
            StudyTables.Finance(r), StudyTables.Risks(r), StudyTables.Milestones(r), StudyTables.Codebook(r), Sources(r),
        };
        progress?.Report("writing tables");
        var written = new List<string>(); // the CSV files this run wrote (not whatever else sits in the folder)
        foreach (var t in csv)
        {
            t.Write(dir);
            written.Add(Path.Combine(dir, t.FileName));
        }

        progress?.Report("drawing charts");
        var figures = new List<Report.FigureBlock>();
        var tradeFigures = FocusDyad.All.Select(d => StudyCharts.TradePerDyad(r, d, dir)).ToArray();
        var asymmetry = StudyCharts.Asymmetry(r, dir);
        var finance = StudyCharts.Finance(r, dir);
        var investment = StudyCharts.Investment(r, dir);
        var icews = StudyCharts.NetCooperation(r, EventSource.Icews, dir);
        var gdelt = StudyCharts.NetCooperation(r, EventSource.Gdelt, dir);
        var coefficients = TheoryCatalog.All.Select(t => StudyCharts.Coefficients(r, t, dir)).ToArray();
        var risks = TheoryCatalog.All.Select(t => StudyCharts.Risk(r, t, dir)).ToArray();
        var scenarios = TheoryCatalog.All.Select(t => StudyCharts.Scenarios(r, t, FocusDyad.All[0], dir)).ToArray();
        figures.AddRange(tradeFigures);
        figures.AddRange([asymmetry, finance, investment, icews, gdelt, .. coefficients, .. risks, .. scenarios]);

        progress?.Report("writing regression tables");
        var regression = new List<ReportBlock>();
        foreach (var t in TheoryCatalog.All)
        {
            var fits = StudyTables.Columns(r, t.Id);
            if (fits.Count == 0)
            {
                regression.Add(new Paragraph($"{t.Name}: no specification could be estimated ({string.Join("; ", r.Fits.Where(f => f.Theory.Id == t.Id).Select(f => f.Problem).Distinct())})."));
                continue;
            }

            var options = RegressionTable.Default with { ModelNames = fits.Select(f => $"{f.Sample.Label} ({f.Kind})").ToArray(), Order = t.KeyTerms.Select(k => k.Term).ToArray() };
            var models = fits.Select(f => f.Fit!).ToArray();
            var name = $"regression_{t.Id.ToString().ToLowerInvariant()}.csv";
            AtomicFile.WriteAllText(Path.Combine(dir, name), RegressionTableRenderer.Render(models, TableFormat.Csv, options));
            written.Add(Path.Combine(dir, name));
            regression.Add(new RenderedBlock($"{t.Name}: {t.Claim} Logit of MID onset, dyad-clustered SEs; last column Firth.",
                RegressionTableRenderer.Render(models, TableFormat.Html, options), RegressionTableRenderer.Render(models, TableFormat.Markdown, options), name));
        }

        if (r.NetCooperation.Fit is { } nc)
        {
            AtomicFile.WriteAllText(Path.Combine(dir, "net_cooperation_model.csv"),
                RegressionTableRenderer.Render([nc], TableFormat.Csv, RegressionTable.Default with { ModelNames = ["Net cooperation (ICEWS), dyad FE"] }));
            written.Add(Path.Combine(dir, "net_cooperation_model.csv"));
            regression.Add(new RenderedBlock($"Within-region model: {NetCooperationModel.Formula}. {r.NetCooperation.Caveat}",
                RegressionTableRenderer.Render(nc, TableFormat.Html), RegressionTableRenderer.Render(nc, TableFormat.Markdown), "net_cooperation_model.csv"));
        }

        var gravityBlocks = new List<ReportBlock> { new Paragraph(r.Gravity.Note) };
        if (r.Gravity.WithoutPair is { } g1 && r.Gravity.WithPair is { } g2)
        {
            var go = RegressionTable.Default with { ModelNames = ["PPML, exporter-year + importer-year FE", "+ pair FE"] };
            AtomicFile.WriteAllText(Path.Combine(dir, "gravity.csv"), RegressionTableRenderer.Render([g1, g2], TableFormat.Csv, go));
            written.Add(Path.Combine(dir, "gravity.csv"));
            gravityBlocks.Add(new RenderedBlock($"Gravity model of trade: (1) {Caravan.Analysis.Gravity.GravityModel.FormulaWithoutPair}; (2) {Caravan.Analysis.Gravity.GravityModel.FormulaWithPair}.",
                RegressionTableRenderer.Render([g1, g2], TableFormat.Html, go), RegressionTableRenderer.Render([g1, g2], TableFormat.Markdown, go), "gravity.csv"));
        }
        else
        {
            gravityBlocks.Add(new Paragraph($"The gravity model could not be estimated: {r.Gravity.Problem}"));
        }

        var doc = new ReportDocument(
            "Economic interdependence and peace: China and Central Asia",
            $"Caravan study, 1992–{r.LatestTradeYear}; world dyad-year models 1950–2014. Seed {r.Options.Seed}, {r.Options.Draws} simulation draws{(r.Options.Reduced ? ", REDUCED preview (politically relevant dyads 1992–2014 only)" : "")}. Every number is in a CSV next to this file.",
            [
                new ReportSection("Findings", [new Bullets(StudyFindings.Headline(r)), new Bullets(StudyFindings.Region(r))]),
                new ReportSection("Verdicts", [
                    new Paragraph("Rule (VerdictRule): a key term confirms a theory when it has the predicted sign, p < 0.05 with dyad-clustered SEs, and its simulated first difference (25th→75th percentile, or 0→1, other variables at their medians) moves the annual MID probability by at least 10% of the baseline with a 95% simulation interval excluding 0. A specification is supported when all its key terms confirm, not supported when none does, mixed otherwise. A theory is supported when at least 3 of its 4 main specifications are supported and none is not supported (and the Firth check agrees), not supported when at least 3 are not supported and none supported, mixed otherwise."),
                    new TableBlock("Verdict per theory", StudyTables.Verdicts(r)),
                    new TableBlock("Evidence per key term, sample and estimator", StudyTables.KeyTerms(r), 60),
                ]),
                new ReportSection("Regression tables", regression),
                new ReportSection("Coefficients per theory", coefficients),
                new ReportSection("What drives China–Central Asia trade: gravity", gravityBlocks),
                new ReportSection("China and Central Asia: trade and dependence", [.. tradeFigures, asymmetry, new TableBlock("Trade and dependence", StudyTables.Trade(r), 30)]),
                new ReportSection("Finance, investment and institutions", [finance, investment, new TableBlock("Exposure to Chinese finance and investment", StudyTables.Finance(r), 25), new TableBlock("Engagement milestones", StudyTables.Milestones(r))]),
                new ReportSection("Events: net cooperation", [icews, gdelt]),
                new ReportSection("Predicted risk", risks),
                new ReportSection("Scenarios", [new Bullets(Caravan.Analysis.Scenarios.CounterfactualCatalog.All.Skip(1).Select(c => $"{c.Name}: {c.Description}").ToArray()), .. scenarios]),
                new ReportSection("What the data can and cannot show", [new Bullets(StudyFindings.Limits(r))]),
                new ReportSection("Data appendix", [
                    new Bullets(r.Notes),
                    new TableBlock("Sources (shipped tables and their citations)", Sources(r), 100),
                    new TableBlock("Codebook", StudyTables.Codebook(r), 200),
                ]),
            ]);
        progress?.Report("writing report.html and report.md");
        HtmlReportWriter.Write(doc, dir);
        MarkdownReportWriter.Write(doc, dir);
        return new ReportFiles(Path.Combine(dir, "report.html"), Path.Combine(dir, "report.md"),
            written, figures.Select(f => f.Files.Png).ToArray(), figures.Select(f => f.Files.Svg).ToArray());
    }

    private static CsvTable Sources(StudyResult r)
    {
        var cites = Caravan.Data.Sources.SourceCatalog.All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var names = r.Sources.Concat(["imf_dots_focus", "ca_national_trade", "aiddata_gcdf_cow", "aei_cgit", "gem_pipelines", "icews_quad", "gdelt_daily", "wb_gdp"]).Distinct();
        return new CsvTable("sources", ["table", "citation"],
            names.Select(n => (IReadOnlyList<object?>)[n, cites.TryGetValue(n, out var s) ? string.Join(" | ", s.Citations.Select(c => c.ToString())) : "see data/SOURCES.md"]).ToArray());
    }
}
