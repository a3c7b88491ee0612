using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Data.Panels;

namespace Caravan.Analysis;

/// <summary>Everything the China–Central Asia study produced (Reporting renders it). Fields after <see cref="Elapsed"/> were added
/// by issue 9 (robustness, influence, the focus panel to the latest year, provenance, UCDP conflicts, phase times).</summary>
public sealed record StudyResult(
    StudyOptions Options,
    IReadOnlyList<TheoryVerdict> Verdicts,
    IReadOnlyList<TheoryFit> Fits,
    IReadOnlyList<DyadYearTrade> Trade,
    IReadOnlyList<DyadYearEvents> Events,
    IReadOnlyList<StateYearFinance> Finance,
    IReadOnlyList<EngagementMilestone> Milestones,
    IReadOnlyList<PredictedRisk> Risks,
    NetCooperationFit NetCooperation,
    Gravity.GravityResult Gravity,
    int ChinaCentralAsiaMids,
    int LatestTradeYear,
    int WorldDyadYears,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CodebookEntry> Codebook,
    IReadOnlyList<string> Sources,
    TimeSpan Elapsed,
    IReadOnlyList<Robustness.RobustnessRow>? Robustness = null,
    IReadOnlyList<Robustness.TermInfluence>? Influence = null,
    FocusPanel? Focus = null,
    StudyProvenance? Provenance = null,
    IReadOnlyList<UcdpConflict>? Conflicts = null,
    int ConflictsLastYear = 0,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)>? Phases = null,
    Core.Frames.Frame? World = null)
{
    /// <summary>The last year with a predicted risk (the focus panel's last year; 2014 without it).</summary>
    public int LastRiskYear => Risks.Count == 0 ? 0 : Risks.Max(r => r.Year);

    /// <summary>The region studied.</summary>
    public StudyRegion Region => Options.StudyRegion;

    /// <summary>The rule that decided the verdicts.</summary>
    public Theories.VerdictRule Rule => Theories.VerdictRule.Default;
}
