using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
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
            StudyQualityTables.Robustness(r), StudyQualityTables.RobustnessGrid(r), StudyQualityTables.Influence(r),
            StudyQualityTables.Conflicts(r), StudyQualityTables.MirrorFlags(r),
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
        var tradeFigures = r.Region.Dyads.Select(d => StudyCharts.TradePerDyad(r, d, dir)).ToArray();
        var asymmetry = StudyCharts.Asymmetry(r, dir);
        var finance = StudyCharts.Finance(r, dir);
        var investment = StudyCharts.Investment(r, dir);
        var icews = StudyCharts.NetCooperation(r, EventSource.Icews, dir);
        var gdelt = StudyCharts.NetCooperation(r, EventSource.Gdelt, dir);
        var limits = StudyCharts.CommonLimits(r);
        var coefficients = TheoryCatalog.All.Select(t => StudyCharts.Coefficients(r, t, dir, limits)).ToArray();
        var risks = TheoryCatalog.All.Select(t => StudyCharts.Risk(r, t, dir)).ToArray();
        var scenarios = TheoryCatalog.All.Select(t => StudyCharts.Scenarios(r, t, r.Region.Dyads[0], dir)).ToArray();
        figures.AddRange(tradeFigures);
        figures.AddRange([asymmetry, finance, investment, icews, gdelt, .. coefficients, .. risks, .. scenarios]);

        progress?.Report("writing regression tables");
        var regression = new List<ReportBlock>();
        var theoryIndex = 0;
        foreach (var t in TheoryCatalog.All)
        {
            var chart = coefficients[theoryIndex++];
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
            // Each theory's chart beside its table.
            regression.Add(new SideBySide(chart, new RenderedBlock($"{t.Name}: {t.Claim} Logit of MID onset, dyad-clustered SEs; last column Firth.",
                RegressionTableRenderer.Render(models, TableFormat.Html, options), RegressionTableRenderer.Render(models, TableFormat.Markdown, options), name)));
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

        var p = r.Provenance;
        var provenance = p is null ? "" : $" Caravan {p.Version}, commit {p.Commit}; data: {p.DataVersions}. Command: {p.CommandLine ?? "(library call)"}.";
        var copeland = r.Fits.Where(f => f.Theory.Id == TheoryId.Copeland && f.Kind == Caravan.Analysis.Models.FitKind.Logit)
            .SelectMany(f => f.Evidence.Select(e => $"{f.Sample.Label}: expectations moved {ReportFormat.Number(e.LowValue, 3)} → {ReportFormat.Number(e.HighValue, 3)} with {StudyTables.ConditionLevel(e)} = {ReportFormat.Number(e.ConditionValue, 4)}")).ToArray();
        var influenceNotes = (r.Influence ?? []).Where(i => i.Top.Count > 0).Select(i =>
            $"{i.Fit.Theory.Name}, {i.Term}: largest one-step dfbeta {string.Join(", ", i.Top.Select(d => $"{d.Label} ({ReportFormat.Number(d.Scaled, 2)} SE)"))}; without them the estimate is {ReportFormat.Number(i.EvidenceWithout?.Estimate ?? double.NaN, 3)} (was {ReportFormat.Number(i.Fit.Evidence.First(e => e.Term.Term == i.Term).Estimate, 3)})"
            + (i.VerdictDepends ? $" — the specification verdict depends on them ({StudyTables.Words(i.Fit.Verdict!.Value)} with, {StudyTables.Words(i.Without!.Verdict!.Value)} without)." : "; the verdict does not change.")).ToArray();
        var flags = r.Trade.Where(t => t.MirrorFlag).ToArray();
        var mirrorText = $"Mirror statistics: a dyad-year is flagged when one report exceeds the other by more than a factor of {Caravan.Analysis.CentralAsia.MirrorCheck.Bound} ({flags.Length} flagged: {string.Join(", ", flags.Select(t => $"{t.Dyad.Label} {t.Year} (China {ReportFormat.Number(t.ChinaReported, 0)} vs partner {ReportFormat.Number(t.PartnerReported, 0)} US$ m → {ReportFormat.Number(t.Reconciled, 0)})"))}). "
            + "A flagged year takes the median of China's report, the partner's report and the dyad's own trade interpolated between its nearest unflagged years, so no single implausible report sets the value. The world models are refitted without implausible trade (bilateral trade above a state's GDP, or a flagged focus year) as a sensitivity row of the robustness table.";
        var doc = new ReportDocument(
            $"Economic interdependence and peace: {r.Region.Title}, 1992–{r.LastRiskYear}",
            $"Caravan study, {r.Region.Title} 1992–{r.LastRiskYear} (trade to {r.LatestTradeYear}, armed conflict to {r.ConflictsLastYear}); world dyad-year models 1950–2014. Seed {r.Options.Seed}, {r.Options.Draws} simulation draws{(r.Options.Reduced ? ", REDUCED preview (politically relevant dyads 1992–2014 only)" : "")}.{provenance} Every number is in a CSV next to this file.",
            [
                new ReportSection("Executive summary", [new Summary(StudyExecutiveSummary.Sentences(r))]),
                new ReportSection("Verdicts", [
                    new Paragraph($"Rule (VerdictRule): a key term confirms a theory when it has the predicted sign, p < {r.Rule.Alpha} with dyad-clustered SEs, and its simulated first difference moves the annual MID probability by at least {r.Rule.MinimumRelativeEffect:P0} of the baseline with a 95% simulation interval excluding 0. "
                        + "The verdict moves each key variable from its 10th to its 90th percentile — for trade-based variables among the dyad-years that trade, since most of the world's dyads do not trade and their quartiles sit at zero (the 25th→75th move of weak-link dependence, 0.00003 → 0.0018 of GDP, is too small for any published coefficient to pass) — binary variables 0→1, other variables at their medians. "
                        + "The 10th→90th move spans the range over which the theories make their claims and is the same for every term; the robustness table shows the verdicts under one SD, under 0 → the China–Central Asia dyads' own level, and under the old 25th→75th move. "
                        + "A specification is supported when all its key terms confirm, not supported when none does, mixed otherwise; a theory is supported when at least 3 of its 4 main specifications are supported and none is not supported (and the Firth check agrees), not supported when at least 3 are not supported and none supported, mixed otherwise."),
                    new SideBySide(new TableBlock("Verdict per theory (claims and the rule in verdicts.csv)", StudyQualityTables.VerdictsCompact(r)), new TableBlock("Robustness: the verdict under each alternative move, threshold and estimator", StudyQualityTables.RobustnessGrid(r))),
                    new Paragraph("Copeland's key term is an interaction (dependence × expectations): its first difference moves expectations while dependence is held at its 90th percentile among dyads that trade (at the focus dyads' mean under the focus move); key_terms.csv gives the level (condition_level, condition_value). " + string.Join("; ", copeland) + "."),
                    new TableBlock("Robustness table: every variation (move, threshold, sample, estimator, data); the key-term outcomes behind each row are in robustness.csv", StudyQualityTables.RobustnessCompact(r), 150),
                    new TableBlock("Evidence per key term, sample and estimator", StudyTables.KeyTerms(r), 60),
                ]),
                new ReportSection("Data quality and influence", [
                    new Paragraph(mirrorText),
                    new TableBlock("Mirror-flagged dyad-years", StudyQualityTables.MirrorFlags(r)),
                    new Paragraph($"Influence: for each key term of the reference specification ({Samples.Reference.Label}), the {Caravan.Analysis.ChinaCentralAsiaStudy.InfluentialDyads} dyads with the largest one-step dfbeta by dyad cluster (B·s_g from the stored bread and scores), and the estimate with those dyads left out (all their years)."),
                    new Bullets(influenceNotes),
                    new TableBlock("Influential dyads per key term", StudyQualityTables.Influence(r), 60),
                ]),
                new ReportSection("Theories: coefficients beside their regression tables", regression),
                new ReportSection("What drives China–Central Asia trade: gravity", gravityBlocks),
                new ReportSection("Findings in detail", [new Bullets(StudyFindings.Headline(r)), new Bullets(StudyFindings.Region(r))]),
                new ReportSection($"{r.Region.Title}: trade and dependence", [.. tradeFigures, asymmetry, new TableBlock("Trade and dependence", StudyTables.Trade(r), 30)]),
                new ReportSection("Finance, investment and institutions", [finance, investment, new TableBlock("Exposure to Chinese finance and investment", StudyTables.Finance(r), 25), new TableBlock("Engagement milestones", StudyTables.Milestones(r))]),
                new ReportSection("Peace and conflict after 2014: events and UCDP", [icews, gdelt, new TableBlock($"UCDP/PRIO armed conflicts involving China or a Central Asian state, 1992–{r.ConflictsLastYear}", StudyQualityTables.Conflicts(r))]),
                new ReportSection("Predicted risk", [
                    new Paragraph($"Predicted risk runs to {r.LastRiskYear}. Left censoring: the Central Asian states' peace-years clocks start at independence (1991–92), so in the first {Caravan.Analysis.CentralAsia.RiskPredictions.CensoredYears} years the models treat each dyad as one that has just fought; the high risk of 1992 (e.g. China–Kazakhstan) is that clock, not a finding, and is shaded on every risk chart (left_censored = 1 in predicted_risk.csv). After 2014, covariates that end earlier are carried forward and peace-years assume no MID recorded after 2014: the years are shaded, and a strip below each risk chart marks, covariate by covariate, the years it is carried (and from which year) or assumed; carried_forward names them per row, for the covariates of that row's model."),
                    .. risks]),
                new ReportSection("Scenarios", [new Bullets(Caravan.Analysis.Scenarios.CounterfactualCatalog.All.Skip(1).Select(c => $"{c.Name}: {c.Description}").ToArray()), .. scenarios]),
                new ReportSection("What the data can and cannot show", [new Bullets(StudyFindings.Limits(r))]),
                new ReportSection("Replication", [new Paragraph("out/replication/ holds the exact estimation sample of every world model (Parquet and Stata .dta, with codebooks, every derived variable and an in_<theory> flag per model), coefficients.csv (Caravan's estimates and SEs at full precision), replicate.R (Rscript replicate.R fixest, or glm for glm + sandwich::vcovCL) and replicate.do (Stata logit, vce(cluster dyad)); see replication/README.md. Every logit is converged to a relative deviance change below 1e-12 plus one IRLS step, and the scripts do the same, so both R engines reproduce every coefficient and dyad-clustered SE to 1e-6 or better (tested). Stata's clustered variance for logit uses G/(G−1) only; replicate.do also prints its SEs × √((N−1)/(N−K)), Caravan's and fixest's convention.")]),
                new ReportSection("Data appendix", [
                    new Bullets(r.Notes),
                    new TableBlock("Run summary (version, commit, seed, data versions, command line, phase times)", StudyTables.Summary(r), 60),
                    new TableBlock("Sources (shipped tables and their citations)", Sources(r), 100),
                    new Paragraph(InstitutionsVerified),
                    new TableBlock("Codebook", StudyTables.Codebook(r), 200),
                ]),
            ]);
        progress?.Report("writing report.html and report.md");
        HtmlReportWriter.Write(doc, dir);
        MarkdownReportWriter.Write(doc, dir);
        return new ReportFiles(Path.Combine(dir, "report.html"), Path.Combine(dir, "report.md"),
            written, figures.Select(f => f.Files.Png).ToArray(), figures.Select(f => f.Files.Svg).ToArray());
    }

    /// <summary>What the curated SCO and AIIB tables rest on, and which part shipped material verifies (data/SOURCES.md).</summary>
    internal const string InstitutionsVerified =
        "Institutions after 2014, what is verified: SCO membership 1996–2014 in the curated sco_membership table equals COW IGO v3's SCO coding (shipped, checked year by year in the tests). "
        + "The SCO accessions after 2014 (India and Pakistan 2017, Iran 2023, Belarus 2024), the observers and dialogue partners, and the whole aiib_membership table are transcribed from the summit declarations and the AIIB Articles of Agreement named in data/SOURCES.md; "
        + "no copy of those documents, nor of the AIIB's membership list, is shipped, so they could not be checked offline. AIIB membership is coded by year only (China 2015; Russia and Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan 2016), no day-precision dates are claimed, and the AIIB enters the study only as a milestone line, not as a model covariate.";

    private static CsvTable Sources(StudyResult r)
    {
        var cites = Caravan.Data.Sources.SourceCatalog.All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var names = r.Sources.Concat(["imf_dots_focus", "ca_national_trade", "aiddata_gcdf_cow", "aei_cgit", "gem_pipelines", "icews_quad", "gdelt_daily", "wb_gdp", "ucdp_acd", "sco_membership", "aiib_membership"]).Distinct();
        return new CsvTable("sources", ["table", "citation"],
            names.Select(n => (IReadOnlyList<object?>)[n, cites.TryGetValue(n, out var s) ? string.Join(" | ", s.Citations.Select(c => c.ToString())) : "see data/SOURCES.md"]).ToArray());
    }
}
