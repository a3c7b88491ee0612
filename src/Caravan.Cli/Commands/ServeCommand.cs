using System.CommandLine;
using Caravan.Web;
using Caravan.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan serve [--port 5080] [--data DIR] [--bind ADDR] [--reduced]</c>: the dashboard (Caravan.Web) on Kestrel, loopback by default.</summary>
internal static class ServeCommand
{
    internal static Command Create()
    {
        var defaults = new ServeOptions();
        var port = new Option<int>("--port") { Description = "TCP port", DefaultValueFactory = _ => defaults.Port };
        var bind = new Option<string>("--bind") { Description = "Address to listen on (default 127.0.0.1, loopback only; 0.0.0.0 exposes the server to the network)", DefaultValueFactory = _ => defaults.Bind };
        var data = new Option<string?>("--data") { Description = "Data folder (default: the repository's data/, or CARAVAN_DATA)" };
        var reduced = new Option<bool>("--reduced") { Description = "Fast preview: the reduced study (politically relevant dyads 1992-2014, 100 draws)" };
        var seed = new Option<int>("--seed") { Description = "Seed of every simulation", DefaultValueFactory = _ => defaults.Seed };
        var draws = new Option<int>("--draws") { Description = "Simulation draws (kept per model for the scenario simulator)", DefaultValueFactory = _ => defaults.Draws };
        var command = new Command("serve", "The dashboard and scenario simulator in the browser: overview, region map, dyads, theories, scenarios, panel builder and fitter, with a JSON API (OpenAPI at /openapi/v1.json).");
        foreach (var o in new Option[] { port, bind, data, reduced, seed, draws })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            ServeOptions options;
            try
            {
                options = new ServeOptions(parse.GetValue(port), parse.GetValue(bind)!, parse.GetValue(data), parse.GetValue(reduced), parse.GetValue(seed), parse.GetValue(draws)).Validate();
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }

            if (!options.IsLoopback)
            {
                stderr.WriteLine($"warning: listening on {options.Bind}, reachable from other machines; the dashboard has no authentication.");
            }

            try
            {
                var app = WebServer.Create(options);
                app.Start();
                var host = options.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{options.Bind}]" : options.Bind;
                stdout.WriteLine($"caravan serve: http://{host}:{options.Port}/ (the study is computed in the background; Ctrl+C stops)");
                app.WaitForShutdown();
                return 0;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"error: cannot listen on {options.Bind}:{options.Port} ({e.Message}); choose another --port.");
                return 2;
            }
        });
        return command;
    }
}
