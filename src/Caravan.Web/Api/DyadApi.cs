using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Caravan.Web.Api.StudyGate;

namespace Caravan.Web.Api;

/// <summary>The five China–Central Asia dyads: the list, and each dyad's series (trade by both reporters, dependence, finance, events, ties, predicted risk, milestones).</summary>
internal static class DyadApi
{
    /// <summary>ISO 3166-1 numeric codes (the ids of the world-atlas shapes).</summary>
    public static IReadOnlyDictionary<string, string> IsoNumeric { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CHN"] = "156", ["KAZ"] = "398", ["KGZ"] = "417", ["TJK"] = "762", ["TKM"] = "795", ["UZB"] = "860",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dyads", () => Results.Json(FocusDyad.All.Select(d => new { iso3 = d.Iso3, name = d.Name, ccode = d.Ccode, label = d.Label, isoNumeric = IsoNumeric[d.Iso3] })))
            .WithSummary("The study's dyads (China with each Central Asian state)");
        app.MapGet("/api/dyads/{dyad}", (string dyad, StudyHost host) => StudyGate.With(host, v =>
        {
            var d = Parse(dyad);
            return Cached(v, "dyad:" + d.Iso3, () => Build(v.Result, d));
        })).WithSummary("One dyad's series").WithDescription("dyad: ISO3 (KAZ), COW code (705), name or CHN-KAZ. Trade in US$ m by each reporter with the mirror gap, dependence per side, SCO and shared IGOs, AidData and AEI exposure, ICEWS/GDELT net cooperation, each theory's predicted Pr(MID onset) with 95% simulation intervals, milestones.");
    }

    /// <summary>Parses a dyad argument (at most 40 characters) or throws the library's error.</summary>
    public static FocusDyad Parse(string text) =>
        text.Length > 40 ? throw new StudyInputException($"dyad '{JsonBody.Truncate(text, 40)}' is too long; use an ISO3 code such as KAZ.") : FocusDyad.Parse(text);

    public static object Build(StudyResult r, FocusDyad d) => new
    {
        dyad = new { iso3 = d.Iso3, name = d.Name, ccode = d.Ccode, label = d.Label },
        trade = r.Trade.Where(t => t.Dyad == d).OrderBy(t => t.Year).Select(t => new
        {
            year = t.Year, chinaReported = N(t.ChinaReported), partnerReported = N(t.PartnerReported), reconciled = N(t.Reconciled),
            mirrorGap = N(t.MirrorGap), dependenceChina = N(t.DependenceChina), dependencePartner = N(t.DependencePartner),
            asymmetry = N(t.Asymmetry), sco = N(t.Sco), sharedIgos = N(t.SharedIgos), source = t.TradeSource,
        }),
        finance = r.Finance.Where(f => f.Dyad == d).OrderBy(f => f.Aid.Year).Select(f => new
        {
            year = f.Aid.Year, commitments = N(f.Aid.Commitments), aidAnnual = N(f.Aid.Annual), aidCumulative = N(f.Aid.Cumulative),
            investment = f.InvestmentBySector.ToDictionary(kv => kv.Key, kv => N(kv.Value)),
        }),
        events = r.Events.Where(e => e.Dyad == d).OrderBy(e => e.Value.Year).Select(e => new
        {
            year = e.Value.Year, source = e.Value.Source?.ToString(), net = N(e.Value.Net), netVerbal = N(e.Value.NetVerbal),
            netMaterial = N(e.Value.NetMaterial), per1000 = N(e.Value.Normalised), coverage = N(e.Value.Coverage),
        }),
        risk = r.Risks.Where(x => x.Dyad == d && x.Scenario == "observed").GroupBy(x => x.Theory).Select(g => new
        {
            theory = g.Key,
            years = g.OrderBy(x => x.Year).Select(x => new { year = x.Year, mean = N(x.Mean), lower = N(x.Lower), upper = N(x.Upper), outsideSupport = x.OutsideSupport }),
        }),
        milestones = r.Milestones.Select(m => new { year = m.Year, label = m.Label, source = m.Source }),
    };
}
