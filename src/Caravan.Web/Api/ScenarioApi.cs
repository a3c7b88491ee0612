using System.Diagnostics;
using Caravan.Analysis;
using Caravan.Analysis.Scenarios;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Caravan.Web.Api.StudyGate;

namespace Caravan.Web.Api;

/// <summary>
/// The scenario simulator: <c>GET /api/scenario?dyad=TKM&amp;from=2000&amp;to=2014&amp;sco=1</c> (the page's URL carries the
/// same parameters) or <c>POST /api/scenario</c> with the JSON of <c>caravan scenario --file</c>.
/// </summary>
internal static class ScenarioApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scenario", (string? dyad, int? from, int? to, double? trade, double? expectations, int? sco, int? igos, int? alliance, double? capability, StudyHost host) =>
            StudyGate.With(host, v =>
            {
                var d = new ScenarioChanges();
                var (first, last) = v.Simulator.Years;
                return Evaluate(v, new ScenarioChanges
                {
                    Dyad = dyad ?? d.Dyad, FromYear = from ?? first, ToYear = to ?? last, TradeFactor = trade ?? 1, ExpectationsShift = expectations ?? 0,
                    Sco = sco, SharedIgosChange = igos ?? 0, Alliance = alliance, CapabilityFactor = capability ?? 1,
                });
            })).WithSummary("Evaluate a scenario (query)").WithDescription(
                "dyad (ISO3), from/to (years), trade (multiplier of bilateral trade, 0–10), expectations (log points added, −3 to 3), sco (0/1 SCO co-membership), igos (shared IGOs added, e.g. +1 for AIIB, −50 to 50), alliance (0/1), capability (multiplier of the capability ratio, 0.01–100). Returns per theory and year the baseline and scenario Pr(MID onset) with 95% simulation intervals, their difference, and variables outside the data's range.");

        app.MapPost("/api/scenario", async (HttpRequest request, StudyHost host, CancellationToken token) =>
        {
            var (text, error) = await JsonBody.Read(request, token);
            return error ?? StudyGate.With(host, v => Evaluate(v, ScenarioFile.Parse(text!, "request body")));
        }).WithSummary("Evaluate a scenario (JSON body, as caravan scenario --file)").WithDescription(
            "Body: {\"dyad\":\"TKM\",\"fromYear\":2000,\"toYear\":2014,\"tradeFactor\":1,\"expectationsShift\":0,\"sco\":1,\"sharedIgosChange\":0,\"alliance\":null,\"capabilityFactor\":1}; unknown properties are errors.");
    }

    private static IResult Evaluate(StudyView v, ScenarioChanges changes)
    {
        var clock = Stopwatch.StartNew();
        var outcome = v.Simulator.Evaluate(changes);
        var ms = clock.Elapsed.TotalMilliseconds;
        return Results.Json(ScenarioJson.Shape(outcome, ms), Json);
    }
}
