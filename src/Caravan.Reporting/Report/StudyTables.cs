using Caravan.Analysis;
using Caravan.Analysis.Models;
using Caravan.Reporting.Output;

namespace Caravan.Reporting.Report;

/// <summary>The study's results as CSV tables (every number in the report comes from one of these files).</summary>
public static class StudyTables
{
    public static CsvTable Verdicts(StudyResult r) => new("verdicts",
        ["theory", "claim", "verdict", "reason", "rule"],
        r.Verdicts.Select(v => (IReadOnlyList<object?>)[v.Theory.Name, v.Theory.Claim, Words(v.Overall), v.Reason, "VerdictRule.Default: " + r.Rule.Describe()]).ToArray());

    public static CsvTable KeyTerms(StudyResult r)
    {
        var moves = Caravan.Analysis.Theories.FirstDifferenceMoves.All;
        object?[] Extra(TheoryFit f, Caravan.Analysis.Theories.TermEvidence e) =>
        [
            Caravan.Analysis.Theories.FirstDifferenceMoves.Key(e.Move), e.Term.Moved, e.LowValue, e.HighValue, e.Term.Condition ?? "",
            e.Term.Condition is null ? "" : ConditionLevel(e), e.ConditionValue,
            .. moves.Select(m => (object?)(f.EvidenceFor(m).FirstOrDefault(x => x.Term.Term == e.Term.Term)?.RelativeFirstDifference ?? double.NaN)),
        ];
        var empty = new object?[7 + moves.Count];
        return new CsvTable("key_terms",
            ["theory", "sample", "estimator", "term", "expected_sign", "estimate", "std_error", "p_value", "baseline_pr", "first_difference", "fd_low", "fd_high", "relative_fd", "outcome", "spec_verdict", "n", "events", "problem",
             "move", "moved_variable", "moved_low", "moved_high", "condition_variable", "condition_level", "condition_value", .. moves.Select(m => "relative_fd_" + Caravan.Analysis.Theories.FirstDifferenceMoves.Key(m))],
            r.Fits.SelectMany(f => f.Evidence.Count == 0
                ? [(IReadOnlyList<object?>)[f.Theory.Name, f.Sample.Label, f.Kind.ToString(), "", "", double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, "", "", f.Fit?.Nobs, f.Events, f.Problem, .. empty]]
                : f.Evidence.Select((e, i) => (IReadOnlyList<object?>)[f.Theory.Name, f.Sample.Label, f.Kind.ToString(), e.Term.Term, e.Term.Sign.ToString(), e.Estimate, e.StdError, e.PValue,
                    e.BaselineProbability, e.FirstDifference, e.FirstDifferenceLow, e.FirstDifferenceHigh, e.RelativeFirstDifference,
                    f.Outcomes[i].ToString(), f.Verdict is { } v ? Words(v) : "", f.Fit?.Nobs, f.Events, f.Problem, .. Extra(f, e)])).ToArray());
    }

    /// <summary>Where an interaction's conditioning variable is held, in words (Copeland: dependence at its 90th percentile among traders).</summary>
    public static string ConditionLevel(Caravan.Analysis.Theories.TermEvidence e) => e.Term.Condition is null ? "" : e.Move switch
    {
        Caravan.Analysis.Theories.FirstDifferenceMove.ZeroToFocusLevel => $"{e.Term.Condition} at the focus dyads' mean",
        Caravan.Analysis.Theories.FirstDifferenceMove.Interquartile => $"{e.Term.Condition} at its {100 * e.Term.ConditionQuantile:0}th percentile (all dyads)",
        _ => $"{e.Term.Condition} at its {100 * e.Term.ConditionQuantile:0}th percentile among dyads that trade",
    };

    public static CsvTable Trade(StudyResult r) => new("trade_china_central_asia",
        ["dyad", "year", "china_reported_musd", "partner_reported_musd", "reconciled_musd", "mirror_gap", "gdp_china_musd", "gdp_partner_musd", "dependence_china", "dependence_partner", "asymmetry", "sco_both", "shared_igos", "trade_source",
         "mirror_ratio", "mirror_flag", "reconciled_panel_musd"],
        r.Trade.Select(t => (IReadOnlyList<object?>)[t.Dyad.Label, t.Year, t.ChinaReported, t.PartnerReported, t.Reconciled, t.MirrorGap, t.GdpChina, t.GdpPartner,
            t.DependenceChina, t.DependencePartner, t.Asymmetry, t.Sco, t.SharedIgos, t.TradeSource, t.MirrorRatio, t.MirrorFlag ? 1 : 0, t.ReconciledPanel]).ToArray());

    public static CsvTable Events(StudyResult r) => new("net_cooperation",
        ["dyad", "year", "source", "net", "net_verbal", "net_material", "per_1000_volume", "coverage"],
        r.Events.Select(e => (IReadOnlyList<object?>)[e.Dyad.Label, e.Value.Year, e.Value.Source?.ToString() ?? "none (2015-2017 gap)", e.Value.Net, e.Value.NetVerbal,
            e.Value.NetMaterial, e.Value.Normalised, e.Value.Coverage]).ToArray());

    public static CsvTable Finance(StudyResult r)
    {
        var sectors = r.Finance.SelectMany(f => f.InvestmentBySector.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new CsvTable("finance_exposure",
            ["state", "year", "aiddata_commitments_musd_2021", "aid_annual_gdp", "aid_cumulative_gdp", .. sectors.Select(s => "aei_cum_gdp_" + s.ToLowerInvariant().Replace(' ', '_'))],
            r.Finance.Select(f => (IReadOnlyList<object?>)[f.Dyad.Iso3, f.Aid.Year, f.Aid.Commitments, f.Aid.Annual, f.Aid.Cumulative,
                .. sectors.Select(s => (object?)(f.InvestmentBySector.TryGetValue(s, out var v) ? v : double.NaN))]).ToArray());
    }

    public static CsvTable Risks(StudyResult r) => new("predicted_risk",
        ["theory", "dyad", "year", "scenario", "pr_mid_mean", "pr_low", "pr_high", "outside_support", "carried_forward", "left_censored"],
        r.Risks.Select(x => (IReadOnlyList<object?>)[x.Theory, x.Dyad.Label, x.Year, x.Scenario, x.Mean, x.Lower, x.Upper, x.OutsideSupport, x.CarriedForward, x.LeftCensored ? 1 : 0]).ToArray());

    public static CsvTable Milestones(StudyResult r) => new("milestones", ["year", "milestone", "source"],
        r.Milestones.Select(m => (IReadOnlyList<object?>)[m.Year, m.Label, m.Source]).ToArray());

    public static CsvTable Codebook(StudyResult r) => new("codebook", ["variable", "description", "unit", "source", "citation"],
        r.Codebook.Concat(Caravan.Indicators.IndicatorCodebook.Entries).DistinctBy(c => c.Variable)
            .Select(c => (IReadOnlyList<object?>)[c.Variable, c.Description, c.Unit, c.Source, c.Citation]).ToArray());

    public static CsvTable Summary(StudyResult r)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "world_dyad_years", r.WorldDyadYears },
            new object?[] { "china_central_asia_mid_onsets", r.ChinaCentralAsiaMids },
            new object?[] { "latest_trade_year", r.LatestTradeYear },
            new object?[] { "seed", r.Options.Seed },
            new object?[] { "draws", r.Options.Draws },
            new object?[] { "reduced_run", r.Options.Reduced ? 1 : 0 },
            new object?[] { "elapsed_seconds", r.Elapsed.TotalSeconds },
            new object?[] { "last_risk_year", r.LastRiskYear },
            new object?[] { "verdict_rule", r.Rule.Describe() },
            new object?[] { "mirror_flagged_dyad_years", r.Trade.Count(t => t.MirrorFlag) },
            new object?[] { "ucdp_conflicts_between_focus_dyads", r.Conflicts?.Count(c => c.BetweenFocusDyad) ?? 0 },
            new object?[] { "ucdp_last_year", r.ConflictsLastYear },
        };
        if (r.Provenance is { } p)
        {
            rows.Add(["caravan_version", p.Version]);
            rows.Add(["commit", p.Commit]);
            rows.Add(["data_versions", p.DataVersions]);
            rows.Add(["command_line", p.CommandLine ?? ""]);
        }

        foreach (var (phase, t) in r.Phases ?? [])
        {
            rows.Add([$"phase_seconds_{phase.Replace(' ', '_').Replace(",", "", StringComparison.Ordinal)}", t.TotalSeconds]);
        }
        return new CsvTable("summary", ["quantity", "value"], rows);
    }

    public static string Words(Caravan.Analysis.Theories.Verdict v) => v switch
    {
        Caravan.Analysis.Theories.Verdict.Supported => "supported",
        Caravan.Analysis.Theories.Verdict.NotSupported => "not supported",
        _ => "mixed",
    };

    /// <summary>The logit fits of a theory plus its Firth column, for a regression table.</summary>
    public static IReadOnlyList<TheoryFit> Columns(StudyResult r, Caravan.Analysis.Theories.TheoryId id) =>
        r.Fits.Where(f => f.Theory.Id == id && f.Fit is not null).ToArray();
}
