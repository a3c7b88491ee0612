using System.Globalization;
using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Theories;

namespace Caravan.Reporting.Report;

/// <summary>Five plain sentences for a policy reader: what was tested, what the world evidence says, the region's record, the predicted risk, and the strongest caveat.</summary>
public static class StudyExecutiveSummary
{
    public static IReadOnlyList<string> Sentences(StudyResult r)
    {
        string Names(Verdict v) => string.Join(", ", r.Verdicts.Where(x => x.Overall == v).Select(x => x.Theory.Name.Split(" (")[0]));
        var supported = Names(Verdict.Supported);
        var mixed = Names(Verdict.Mixed);
        var not = Names(Verdict.NotSupported);
        var robust = r.Robustness ?? [];
        var stable = r.Verdicts.Count(v => robust.Where(x => x.Theory.Id == v.Theory.Id && x.Level == "theory" && x.Dimension != Analysis.Robustness.RobustnessDimension.Reported).All(x => x.Verdict == v.Overall));
        var first = r.Trade.Where(t => double.IsFinite(t.Reconciled)).GroupBy(t => t.Year).OrderBy(g => g.Key).FirstOrDefault();
        var last = r.Trade.Where(t => double.IsFinite(t.Reconciled)).GroupBy(t => t.Year).Where(g => g.Count() == r.Region.Dyads.Count).OrderBy(g => g.Key).LastOrDefault();
        var kaz = r.Region.Dyads[0];
        var risk = r.Risks.Where(x => x.Scenario == "observed" && x.Dyad == kaz).GroupBy(x => x.Theory).Select(g => g.MaxBy(x => x.Year)!).ToArray();
        var between = r.Conflicts?.Count(c => c.BetweenFocusDyad) ?? 0;
        return
        [
            $"Caravan tested six theories of trade and conflict on {r.WorldDyadYears.ToString("N0", CultureInfo.InvariantCulture)} dyad-years of the world since 1950 (militarised disputes are recorded to 2014) and applied them to {r.Region.Title}, 1992–{r.LastRiskYear}.",
            $"On the world evidence, {(supported.Length == 0 ? "no theory is supported" : supported + " " + (supported.Contains(',') ? "are" : "is") + " supported")}; {(mixed.Length == 0 ? "none is mixed" : mixed + " " + (mixed.Contains(',') ? "are" : "is") + " mixed")}; {(not.Length == 0 ? "none is rejected" : not + " " + (not.Contains(',') ? "are" : "is") + " not supported")} — {stable} of {r.Verdicts.Count} verdicts hold under every alternative move and threshold of the robustness table.",
            $"{r.Region.Title} {(r.ChinaCentralAsiaMids == 0 ? "have never had a militarised dispute in the data" : $"had {r.ChinaCentralAsiaMids} militarised dispute onsets")} (COW MIDs to 2014), and UCDP records {(between == 0 ? "no" : between.ToString(CultureInfo.InvariantCulture))} armed conflict between them through {r.ConflictsLastYear}, while their trade grew from about US$ {(first is null ? 0 : first.Sum(t => t.Reconciled)).ToString("N0", CultureInfo.InvariantCulture)} m in {first?.Key} to US$ {(last is null ? 0 : last.Sum(t => t.Reconciled)).ToString("N0", CultureInfo.InvariantCulture)} m in {last?.Key}.",
            risk.Length == 0
                ? "No predicted risk could be computed."
                : $"The models put {kaz.FocusName}–{kaz.Name}'s annual chance of a new dispute in {risk[0].Year} at {ReportFormat.Percent(risk.Min(x => x.Mean), 1)} to {ReportFormat.Percent(risk.Max(x => x.Mean), 1)}, the risk the world's experience assigns to a contiguous pair with a major power, not a measured China–Central Asia effect.",
            $"The strongest caveat: with {(r.ChinaCentralAsiaMids == 0 ? "no dispute" : "few disputes")} among these states, nothing here shows that {r.Region.FocusName}'s trade, finance or the SCO caused the peace — the dyad-level evidence is the world's average, and after 2014 it rests on carried-forward covariates and the assumption that no dispute began.",
        ];
    }
}
