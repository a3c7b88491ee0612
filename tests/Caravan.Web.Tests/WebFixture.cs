using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Caravan.Analysis;
using Caravan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Caravan.Web.Tests;

/// <summary>
/// One server per test run on the reduced study (politically relevant dyads 1992–2014, 100 draws, the default seed):
/// a <see cref="WebApplicationFactory{TEntryPoint}"/> for the API tests, and the same application on real Kestrel
/// (loopback, a free port) for the browser tests. Both share one study computation (StudyHost caches it per process).
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    private WebApplication? kestrel;

    public WebApplicationFactory<Program> Factory { get; } = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("Caravan:Reduced", "true");
        b.UseSetting("Caravan:Draws", "100");
    });

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The study the server computed (to compare what it shows with the study's own tables).</summary>
    public StudyResult Study { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = await Client.GetFromJsonAsync<JsonElement>("/api/status");
            var state = status.GetProperty("state").GetString();
            if (state == "ready")
            {
                break;
            }

            if (state == "failed" || clock.Elapsed > TimeSpan.FromMinutes(6))
            {
                throw new InvalidOperationException("The study did not become ready: " + status);
            }

            await Task.Delay(500);
        }

        var host = (StudyHost)Factory.Services.GetService(typeof(StudyHost))!;
        Study = host.View!.Result;
    }

    /// <summary>Starts the same application on Kestrel (loopback) for the browser, once.</summary>
    public async Task<string> StartKestrel()
    {
        if (kestrel is not null)
        {
            return BaseUrl;
        }

        var port = FreePort();
        kestrel = WebServer.Create(new ServeOptions(Port: port, Reduced: true, Draws: 100));
        await kestrel.StartAsync();
        BaseUrl = $"http://127.0.0.1:{port}";
        return BaseUrl;
    }

    public async Task DisposeAsync()
    {
        if (kestrel is not null)
        {
            await kestrel.StopAsync();
            await kestrel.DisposeAsync();
        }

        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
