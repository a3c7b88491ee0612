using System.Text.Json;
using System.Text.Json.Serialization;
using Caravan.Web.Api;
using Caravan.Web.Hosting;
using Caravan.Web.Pages;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Web;

/// <summary>
/// The dashboard's web application (Kestrel): pages, the JSON API behind them (OpenAPI at <c>/openapi/v1.json</c>), the
/// embedded assets, and the study computed once in the background. It calls the libraries only.
/// </summary>
public static class WebServer
{
    /// <summary>Builds the application; <paramref name="options"/> (from the CLI) override configuration keys <c>Caravan:*</c>.</summary>
    public static WebApplication Create(ServeOptions? options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        if (options is not null)
        {
            builder.Configuration.AddInMemoryCollection(options.Validate().ToSettings());
        }

        var listen = ServeOptions.From(builder.Configuration).Validate();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(listen.Address, listen.Port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.AddSingleton(sp => new StudyHost(ServeOptions.From(sp.GetRequiredService<IConfiguration>())));
        builder.Services.AddSingleton(sp => new PanelWorkArea(ServeOptions.From(sp.GetRequiredService<IConfiguration>())));
        builder.Services.AddSingleton(_ => new WorkBudget(TimeSpan.FromSeconds(90)));
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Caravan dashboard API";
            doc.Info.Description = "The JSON API behind every page of `caravan serve`: the China–Central Asia study's results, the scenario simulator, the panel builder and model fitter. Errors are {\"error\": \"error: …\"} with the CLI's message.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler(e => e.Run(async context =>
        {
            var problem = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var status = problem is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError;
            await ApiError.Write(context, status, status == 500 ? "error: internal error; the server logged it." : "error: " + problem!.Message);
        }));
        app.Use((context, next) => SecurityHeaders.Apply(context, next));
        app.Use((context, next) => RequestLimits.Apply(context, next));
        app.MapOpenApi("/openapi/{documentName}.json");
        AssetEndpoints.Map(app);
        StatusApi.Map(app);
        TablesApi.Map(app);
        OverviewApi.Map(app);
        DyadApi.Map(app);
        MapApi.Map(app);
        TheoriesApi.Map(app);
        ScenarioApi.Map(app);
        PanelApi.Map(app);
        PageEndpoints.Map(app);
        app.MapFallback((HttpContext c) => c.Request.Path.StartsWithSegments("/api")
            ? ApiError.Result(StatusCodes.Status404NotFound, $"error: no API route {JsonBody.Truncate(c.Request.Path.Value ?? "")}; see /openapi/v1.json.")
            : Results.Content(Layout.NotFound(), "text/html; charset=utf-8", statusCode: 404));
        app.Lifetime.ApplicationStarted.Register(() => _ = app.Services.GetRequiredService<StudyHost>().Start());
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<PanelWorkArea>().Dispose());
        return app;
    }
}
