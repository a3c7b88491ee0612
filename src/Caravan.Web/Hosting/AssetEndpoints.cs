using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Hosting;

/// <summary><c>GET /assets/{name}</c>: an embedded asset by name (404 for anything else), cached by ETag.</summary>
internal static class AssetEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{**name}", (string name, HttpContext context) =>
        {
            if (Assets.Find(name) is not { } asset)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            context.Response.Headers.ETag = asset.ETag;
            return context.Request.Headers.IfNoneMatch == asset.ETag ? Results.StatusCode(304) : Results.Bytes(asset.Bytes, asset.ContentType);
        }).ExcludeFromDescription();
}
