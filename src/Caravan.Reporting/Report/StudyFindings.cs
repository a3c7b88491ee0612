using System.Globalization;
using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;

namespace Caravan.Reporting.Report;

/// <summary>The findings in plain words, each number taken from the result (and so from a CSV in out/).</summary>
public static class StudyFindings
{
    public static IReadOnlyList<string> Headline(StudyResult r)
    {
        var items = new List<string>
        {
            $"No militarized interstate dispute began between China and any Central Asian state in the COW MID 5.0 data through 2014 ({r.ChinaCentralAsiaMids} onsets; summary.csv). Every statement below about conflict risk in these five dyads therefore rests on relationships estimated on the world dyad-year panel ({r.WorldDyadYears.ToString("N0", CultureInfo.InvariantCulture)} dyad-years), applied to their covariates.",
        };
        foreach (var v in r.Verdicts)
        {
            var reference = v.Main.FirstOrDefault(f => f.Evidence.Count > 0);
            var detail = reference is null ? "no specification could be estimated" : string.Join("; ", reference.Evidence.Select((e, i) =>
                $"{e.Term.Term}: {Direction(e.Estimate)} (p = {ReportFormat.Number(e.PValue, 2)}, first difference {ReportFormat.Number(100 * e.FirstDifference, 2)} points on a baseline of {ReportFormat.Number(100 * e.BaselineProbability, 2)}%) → {reference.Outcomes[i]}"));
            items.Add($"{v.Theory.Name}: {StudyTables.Words(v.Overall)}. {v.Reason} In {reference?.Sample.Label ?? "the reference sample"}: {detail} (verdicts.csv, key_terms.csv).");
        }

        return items;
    }

    public static IReadOnlyList<string> Region(StudyResult r)
    {
        var items = new List<string>();
        foreach (var d in r.Region.Dyads)
        {
            var rows = r.Trade.Where(t => t.Dyad == d && double.IsFinite(t.Reconciled)).OrderBy(t => t.Year).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            var first = rows[0];
            var last = rows[^1];
            items.Add($"{d.FocusName}–{d.Name}: reconciled trade US$ {Money(first.Reconciled)} m in {first.Year} and US$ {Money(last.Reconciled)} m in {last.Year}; "
                + $"in {last.Year} it equalled {ReportFormat.Percent(last.DependencePartner)} of {d.Name}'s GDP and {ReportFormat.Percent(last.DependenceChina, 3)} of China's — "
                + $"an asymmetry of {ReportFormat.Number(100 * last.Asymmetry, 3)} points (trade_china_central_asia.csv).");
        }

        var gaps = r.Trade.Where(t => double.IsFinite(t.MirrorGap)).ToArray();
        if (gaps.Length > 0)
        {
            var big = gaps.MaxBy(t => Math.Abs(t.MirrorGap))!;
            items.Add($"Mirror statistics disagree: China's and the partners' reports differ by up to {ReportFormat.Percent(Math.Abs(big.MirrorGap), 0)} of their mean ({big.Dyad.Label}, {big.Year}); the median absolute gap is {ReportFormat.Percent(Median(gaps.Select(g => Math.Abs(g.MirrorGap))), 0)}.");
        }

        var kaz = r.Region.Dyads[0];
        var icews = r.Events.Where(e => e.Dyad == kaz && e.Value.Source == Indicators.EventSource.Icews).ToArray();
        var gdelt = r.Events.Where(e => e.Dyad == kaz && e.Value.Source == Indicators.EventSource.Gdelt).ToArray();
        if (icews.Length > 0 && gdelt.Length > 0)
        {
            items.Add($"Event data describe cooperative relations throughout: China–Kazakhstan ICEWS net cooperation is positive in every year 2002–2014 (from {ReportFormat.Number(icews.Min(e => e.Value.Normalised), 3)} to {ReportFormat.Number(icews.Max(e => e.Value.Normalised), 3)} per 1,000 events of the two states), and the GDELT score stays positive 2018–2024; 2015–2017 has no source (net_cooperation.csv).");
        }

        var risk2014 = r.Risks.Where(x => x.Scenario == "observed" && x.Dyad == kaz).GroupBy(x => x.Theory).Select(g => g.MaxBy(x => x.Year)!).ToArray();
        if (risk2014.Length > 0)
        {
            items.Add($"Predicted annual probability of a MID onset for China–Kazakhstan in {risk2014[0].Year}: from {ReportFormat.Percent(risk2014.Min(x => x.Mean), 2)} to {ReportFormat.Percent(risk2014.Max(x => x.Mean), 2)} across the six models — the risk the world's experience assigns to a contiguous dyad with a major power, not a dyad-specific estimate (predicted_risk.csv).");
        }

        foreach (var cf in new[] { "trade_frozen_1992", "trade_war_shock", "no_sco" })
        {
            var changes = r.Risks.Where(x => x.Scenario == cf).Join(r.Risks.Where(x => x.Scenario == "observed"),
                x => (x.Theory, x.Dyad, x.Year), x => (x.Theory, x.Dyad, x.Year), (a, b) => (a.Theory, Change: a.Mean - b.Mean)).ToArray();
            if (changes.Length == 0)
            {
                continue;
            }

            var top = changes.GroupBy(c => c.Theory).Select(g => (Theory: g.Key, Mean: g.Average(c => c.Change))).MaxBy(g => Math.Abs(g.Mean));
            items.Add($"Counterfactual '{cf}': the largest average change in predicted annual risk is {ReportFormat.Number(100 * top.Mean, 2)} percentage points, under the {top.Theory} model (predicted_risk.csv).");
        }

        var outside = r.Risks.Where(x => x.OutsideSupport.Length > 0).ToArray();
        items.Add(outside.Length == 0
            ? "Every scenario prediction stays inside the range of the data the models were estimated on."
            : $"{outside.Length} of {r.Risks.Count} predictions push a variable outside the range of the estimation data (e.g. {outside[0].Dyad.Label} {outside[0].Year}, {outside[0].Scenario}: {outside[0].OutsideSupport}); they are extrapolations, flagged in the outside_support column of predicted_risk.csv.");

        if (r.Gravity.WithoutPair is { } g && r.Gravity.WithPair is { } gp)
        {
            string Term(Estimation.Results.FitResult m, string t) => m.Coefficients().FirstOrDefault(c => c.Term == t) is { } c
                ? $"{ReportFormat.Number(c.Estimate, 3)} (SE {ReportFormat.Number(c.StdError, 2)}, p = {ReportFormat.Number(c.PValue, 2)})" : "not estimable";
            items.Add($"Gravity (PPML, exporter-year and importer-year effects): distance {Term(g, "ln_dist")}, SCO co-membership {Term(g, "sco")}, China–Central Asia after 2013 (BRI period) {Term(g, "bri_china_ca")}; with pair effects, SCO {Term(gp, "sco")} and BRI period {Term(gp, "bri_china_ca")} (gravity.csv).");
        }

        if (r.NetCooperation.Fit is { } fit)
        {
            var c = fit.Coefficients();
            items.Add($"Within the region, net cooperation on the Central Asian state's dependence and two lags (dyad fixed effects): {string.Join(", ", c.Select(x => $"{x.Term} {ReportFormat.Number(x.Estimate, 3)} (SE {ReportFormat.Number(x.StdError, 2)})"))}. {r.NetCooperation.Caveat} (net_cooperation_model.csv)");
        }
        else
        {
            items.Add($"The within-region net-cooperation model could not be estimated: {r.NetCooperation.Problem}. {r.NetCooperation.Caveat}");
        }

        return items;
    }

    public static IReadOnlyList<string> Limits(StudyResult r) =>
    [
        $"The data contain no MID between China and a Central Asian state ({r.ChinaCentralAsiaMids} onsets, COW MID 5.0 to 2014): a dyad-level effect of trade on conflict cannot be estimated from these five dyads; it rests on the world panel.",
        "MID, IGO (and so SCO) and COW trade data end in 2014; predicted risks stop there. Trade and dependence run to the latest year with data (IMF DOTS to 2020, Central Asian national statistics to 2023 for Kazakhstan, Kyrgyzstan and Uzbekistan).",
        "After 2020 the reconciled trade series switches from IMF DOTS to the Central Asian statistical offices (Kazakhstan, Kyrgyzstan, Uzbekistan only) — a source break; the trade_source column of trade_china_central_asia.csv says which source each year uses. Tajikistan and Turkmenistan end in 2020.",
        "Trade expectations (Copeland) are not observed: the index assumes states extrapolate the recent trend and read SCO membership and shared IGOs as commitments (documented in the codebook); the trade-war shock is a scenario input, not data.",
        "Event data: ICEWS (2002–2014) and GDELT (2018–2024) are on different scales and are not spliced; 2015–2017 is a hole, left empty.",
        "AidData commitments are constant 2021 US$ while GDP is current US$, so early exposure ratios are slightly overstated; AEI lists only transactions of US$ 100 m or more.",
        "The within-region model has five dyads: its clustered standard errors rest on five clusters and cannot support inference.",
        "Peace-years count from a dyad's entry into the state system (1991–92 for the Central Asian states), so the models' peace-years terms give the new dyads of the early 1990s a high predicted risk that falls as peace accumulates; that decline is the world panel's duration dependence, not a China–Central Asia finding.",
        "The gravity model's SCO term is identified, with pair effects, only by the few pairs whose co-membership changed (Uzbekistan's 2001 accession among the focus states); the BRI term is a China–Central Asia × post-2013 indicator and absorbs anything else that changed for these flows after 2013 (e.g. the 2014–16 commodity-price fall).",
    ];

    private static string Direction(double b) => double.IsNaN(b) ? "not estimable" : b < 0 ? $"negative ({ReportFormat.Number(b, 3)})" : $"positive ({ReportFormat.Number(b, 3)})";

    private static string Money(double v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length == 0 ? double.NaN : s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }
}
