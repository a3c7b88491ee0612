using Caravan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary><c>GET /api/status</c>: whether the study is computing, ready or failed, with its progress lines.</summary>
internal static class StatusApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/status", (StudyHost host) => Results.Json(new
        {
            state = host.State.ToString().ToLowerInvariant(),
            elapsedSeconds = Math.Round(host.Elapsed.TotalSeconds, 1),
            reduced = host.Options.Reduced,
            draws = host.Options.Reduced ? Math.Min(100, host.Options.Draws) : host.Options.Draws,
            seed = host.Options.Seed,
            error = host.Error,
            progress = host.Progress.TakeLast(30),
        })).WithSummary("Study status").WithDescription("computing | ready | failed, seconds since start, the last progress lines. Every other study endpoint answers 503 until ready.");
}
