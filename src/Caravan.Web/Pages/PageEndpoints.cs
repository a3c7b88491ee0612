using Caravan.Analysis;
using Caravan.Web.Api;
using Caravan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Pages;

/// <summary>The pages (server-rendered HTML; the page scripts fill in charts and controls from the JSON API).</summary>
internal static class PageEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (StudyHost host) => Results.Content(OverviewPage.Render(host), Html)).ExcludeFromDescription();
        app.MapGet("/map", () => Results.Content(MapPage.Render(), Html)).ExcludeFromDescription();
        app.MapGet("/dyad/{dyad}", (string dyad) =>
        {
            try
            {
                return Results.Content(DyadPage.Render(DyadApi.Parse(dyad)), Html);
            }
            catch (StudyInputException e)
            {
                return Results.Content(Layout.Error(e.Message), Html, statusCode: 400);
            }
        }).ExcludeFromDescription();
        app.MapGet("/theories", () => Results.Content(TheoriesPage.Render(), Html)).ExcludeFromDescription();
        app.MapGet("/scenario", () => Results.Content(ScenarioPage.Render(), Html)).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => Results.NoContent()).ExcludeFromDescription();
        app.MapGet("/panel", () => Results.Content(PanelPage.Render(), Html)).ExcludeFromDescription();
    }
}
