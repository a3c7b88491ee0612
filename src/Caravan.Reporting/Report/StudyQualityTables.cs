using Caravan.Analysis;
using Caravan.Analysis.Robustness;
using Caravan.Reporting.Output;

namespace Caravan.Reporting.Report;

/// <summary>The robustness, influence and data-quality tables (robustness.csv, influence.csv, ucdp_conflicts.csv, mirror_flags.csv).</summary>
public static class StudyQualityTables
{
    public static CsvTable Robustness(StudyResult r) => new("robustness",
        ["theory", "dimension", "variant", "level", "verdict", "agrees_with_reported", "detail"],
        (r.Robustness ?? []).Select(x => (IReadOnlyList<object?>)[x.Theory.Name, x.Dimension.ToString(), x.Variant, x.Level,
            x.Verdict is { } v ? StudyTables.Words(v) : "not estimable",
            x.Verdict is null ? "" : x.Agrees(r.Verdicts.First(t => t.Theory.Id == x.Theory.Id).Overall) ? "yes" : "no", x.Detail]).ToArray());

    /// <summary>The robustness rows without the detail column, for the report (robustness.csv has the detail).</summary>
    public static CsvTable RobustnessCompact(StudyResult r)
    {
        var full = Robustness(r);
        return new CsvTable(full.Name, ["theory", "dimension", "variant", "level", "verdict", "agrees_with_reported"],
            full.Rows.Select(x => (IReadOnlyList<object?>)x.Take(6).ToArray()).ToArray());
    }

    /// <summary>The verdicts without the claim and rule columns, for the report's side-by-side (verdicts.csv has them).</summary>
    public static CsvTable VerdictsCompact(StudyResult r) => new("verdicts", ["theory", "verdict", "reason"],
        r.Verdicts.Select(v => (IReadOnlyList<object?>)[v.Theory.Name, StudyTables.Words(v.Overall), v.Reason]).ToArray());

    /// <summary>A compact grid: one row per theory, one column per variation (verdict words).</summary>
    public static CsvTable RobustnessGrid(StudyResult r)
    {
        var rows = r.Robustness ?? [];
        var variants = rows.Where(x => x.Dimension is RobustnessDimension.Move or RobustnessDimension.Threshold or RobustnessDimension.Estimator)
            .Select(x => ShortLabel(x)).Distinct().ToArray();
        return new CsvTable("robustness_grid",
            ["theory", "reported", .. variants, "data refits agreeing"],
            r.Verdicts.Select(v =>
            {
                var mine = rows.Where(x => x.Theory.Id == v.Theory.Id).ToArray();
                var data = mine.Where(x => x.Dimension == RobustnessDimension.Data).ToArray();
                var reference = mine.FirstOrDefault(x => x.Dimension == RobustnessDimension.Sample)?.Verdict;
                return (IReadOnlyList<object?>)[v.Theory.Name, StudyTables.Words(v.Overall),
                    .. variants.Select(label => (object?)(mine.FirstOrDefault(x => ShortLabel(x) == label)?.Verdict is { } w ? StudyTables.Words(w) : "–")),
                    $"{data.Count(x => x.Verdict == reference)} of {data.Length}"];
            }).ToArray());
    }

    private static string ShortLabel(RobustnessRow x) => x.Dimension switch
    {
        RobustnessDimension.Estimator => "Firth (reference sample)",
        _ => x.Variant.Replace("move: ", "", StringComparison.Ordinal),
    };

    public static CsvTable Influence(StudyResult r) => new("influence",
        ["theory", "term", "rank", "dyad", "dfbeta", "dfbeta_over_se", "dyad_years", "estimate", "estimate_without_top", "se_without_top", "p_without_top",
         "outcome", "outcome_without_top", "spec_verdict", "spec_verdict_without_top", "verdict_depends_on_them"],
        (r.Influence ?? []).SelectMany(inf =>
        {
            var e = inf.Fit.Evidence.FirstOrDefault(x => x.Term.Term == inf.Term);
            var i = inf.Fit.Evidence.ToList().FindIndex(x => x.Term.Term == inf.Term);
            var w = inf.EvidenceWithout;
            var wi = inf.Without?.Evidence.ToList().FindIndex(x => x.Term.Term == inf.Term) ?? -1;
            return inf.Top.Select((d, k) => (IReadOnlyList<object?>)[inf.Fit.Theory.Name, inf.Term, k + 1, d.Label, d.DfBeta, d.Scaled, d.Rows,
                e?.Estimate ?? double.NaN, w?.Estimate ?? double.NaN, w?.StdError ?? double.NaN, w?.PValue ?? double.NaN,
                i >= 0 ? inf.Fit.Outcomes[i].ToString() : "", wi >= 0 ? inf.Without!.Outcomes[wi].ToString() : "",
                inf.Fit.Verdict is { } v ? StudyTables.Words(v) : "", inf.Without?.Verdict is { } vw ? StudyTables.Words(vw) : "",
                inf.VerdictDepends ? "yes" : "no"]);
        }).ToArray());

    public static CsvTable Conflicts(StudyResult r) => new("ucdp_conflicts",
        ["conflict_id", "side_a_gwcode", "side_b_gwcode", "type", "first_year", "last_year", "active_years", "between_focus_dyad"],
        (r.Conflicts ?? []).Select(c => (IReadOnlyList<object?>)[c.ConflictId, c.SideA, c.SideB, c.Type, c.FirstYear, c.LastYear, c.Years, c.BetweenFocusDyad ? 1 : 0]).ToArray());

    public static CsvTable MirrorFlags(StudyResult r) => new("mirror_flags",
        ["dyad", "year", "china_reported_musd", "partner_reported_musd", "ratio", "panel_reconciled_musd", "rule_reconciled_musd", "dependence_partner_after_rule"],
        r.Trade.Where(t => t.MirrorFlag).Select(t => (IReadOnlyList<object?>)[t.Dyad.Label, t.Year, t.ChinaReported, t.PartnerReported, t.MirrorRatio,
            t.ReconciledPanel, t.Reconciled, t.DependencePartner]).ToArray());
}
