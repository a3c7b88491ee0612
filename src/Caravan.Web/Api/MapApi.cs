using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Caravan.Web.Api.StudyGate;

namespace Caravan.Web.Api;

/// <summary><c>GET /api/map?indicator=…</c>: one value per Central Asian state and year, for the region map.</summary>
internal static class MapApi
{
    public static readonly IReadOnlyList<(string Key, string Label, string Unit)> Indicators =
    [
        ("dependence", "Dependence on trade with China (trade / the state's GDP)", "share of GDP"),
        ("finance", "Chinese development finance, cumulative commitments / GDP (AidData)", "share of GDP"),
        ("cooperation", "Net cooperation with China (ICEWS 2002–2014, GDELT 2018–2024; per 1000 events)", "per 1000 events"),
        ("risk", "Predicted annual Pr(MID onset) with China (Liberal model, observed covariates)", "probability"),
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/map", (string? indicator, string? theory, StudyHost host) => StudyGate.With(host, v =>
        {
            var key = (indicator ?? "dependence").ToLowerInvariant();
            if (!Indicators.Any(i => i.Key == key))
            {
                throw new StudyInputException($"indicator '{JsonBody.Truncate(indicator!, 30)}' is not one of {string.Join(", ", Indicators.Select(i => i.Key))}.");
            }

            var th = theory ?? v.Result.Verdicts[0].Theory.Name;
            if (!v.Result.Verdicts.Any(x => x.Theory.Name == th))
            {
                throw new StudyInputException($"theory '{JsonBody.Truncate(th, 40)}' is not one of {string.Join(", ", v.Result.Verdicts.Select(x => x.Theory.Name))}.");
            }

            return Cached(v, $"map:{key}:{th}", () => Build(v.Result, key, th));
        })).WithSummary("Region map values").WithDescription("indicator: dependence | finance | cooperation | risk (risk: theory = a theory's name, default the first). Values per state per year; null where the data have none.");

    private static object Build(StudyResult r, string key, string theory)
    {
        IEnumerable<(FocusDyad Dyad, int Year, double Value)> values = key switch
        {
            "dependence" => r.Trade.Select(t => (t.Dyad, t.Year, t.DependencePartner)),
            "finance" => r.Finance.Select(f => (f.Dyad, f.Aid.Year, f.Aid.Cumulative)),
            "cooperation" => r.Events.Where(e => e.Value.Source is not null).Select(e => (e.Dyad, e.Value.Year, e.Value.Normalised)),
            _ => r.Risks.Where(x => x.Scenario == "observed" && x.Theory == theory).Select(x => (x.Dyad, x.Year, x.Mean)),
        };
        var list = values.Where(x => double.IsFinite(x.Value)).ToArray();
        var meta = Indicators.First(i => i.Key == key);
        return new
        {
            indicator = key,
            label = key == "risk" ? meta.Label.Replace("Liberal model", theory + " model", StringComparison.Ordinal) : meta.Label,
            unit = meta.Unit,
            theory = key == "risk" ? theory : null,
            first = list.Length == 0 ? 0 : list.Min(x => x.Year),
            last = list.Length == 0 ? 0 : list.Max(x => x.Year),
            min = list.Length == 0 ? 0 : list.Min(x => x.Value),
            max = list.Length == 0 ? 0 : list.Max(x => x.Value),
            states = FocusDyad.All.Select(d => new
            {
                iso3 = d.Iso3, name = d.Name, isoNumeric = DyadApi.IsoNumeric[d.Iso3],
                values = list.Where(x => x.Dyad == d).OrderBy(x => x.Year).ToDictionary(x => x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.Value),
            }),
        };
    }
}
