using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Data.Panels;

namespace Caravan.Analysis;

/// <summary>Everything the China–Central Asia study produced (Reporting renders it).</summary>
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
    TimeSpan Elapsed);
