using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Caravan.Web.Hosting;

/// <summary>Options of <c>caravan serve</c> (one frozen record; also read from configuration keys <c>Caravan:*</c>).</summary>
/// <param name="Port">TCP port (1–65535).</param>
/// <param name="Bind">Address to listen on; loopback (127.0.0.1) unless the user says otherwise.</param>
/// <param name="DataDirectory">The shipped data folder (null: locate data/).</param>
/// <param name="Reduced">Compute the reduced study (one sample, fewer draws): a fast preview.</param>
/// <param name="Seed">Seed of every simulation.</param>
/// <param name="Draws">Simulation draws (the scenario simulator keeps this many coefficient draws per model).</param>
/// <param name="WorkDirectory">Folder for built panels (null: a fresh temporary folder, deleted on exit).</param>
public sealed record ServeOptions(
    int Port = 5080,
    string Bind = "127.0.0.1",
    string? DataDirectory = null,
    bool Reduced = false,
    int Seed = 20130907,
    int Draws = 1000,
    string? WorkDirectory = null)
{
    public const string Section = "Caravan";

    public IPAddress Address => Bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(Bind, out var a) ? a
        : throw new ArgumentException($"--bind '{Bind}' is not an IP address (e.g. 127.0.0.1, ::1, 0.0.0.0).");

    public bool IsLoopback => IPAddress.IsLoopback(Address);

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> with the option's name.</summary>
    public ServeOptions Validate()
    {
        if (Port is < 1 or > 65535)
        {
            throw new ArgumentException($"--port {Port} must be between 1 and 65535.");
        }

        if (Draws is < 2 or > 20000)
        {
            throw new ArgumentException($"--draws {Draws} must be between 2 and 20000.");
        }

        _ = Address;
        return this;
    }

    public IEnumerable<KeyValuePair<string, string?>> ToSettings()
    {
        var c = CultureInfo.InvariantCulture;
        yield return new($"{Section}:Port", Port.ToString(c));
        yield return new($"{Section}:Bind", Bind);
        yield return new($"{Section}:DataDirectory", DataDirectory);
        yield return new($"{Section}:Reduced", Reduced.ToString(c));
        yield return new($"{Section}:Seed", Seed.ToString(c));
        yield return new($"{Section}:Draws", Draws.ToString(c));
        yield return new($"{Section}:WorkDirectory", WorkDirectory);
    }

    public static ServeOptions From(IConfiguration configuration)
    {
        var s = configuration.GetSection(Section);
        var d = new ServeOptions();
        int Int(string key, int fallback) => int.TryParse(s[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        return new ServeOptions(
            Int("Port", d.Port),
            string.IsNullOrWhiteSpace(s["Bind"]) ? d.Bind : s["Bind"]!,
            string.IsNullOrWhiteSpace(s["DataDirectory"]) ? null : s["DataDirectory"],
            bool.TryParse(s["Reduced"], out var r) && r,
            Int("Seed", d.Seed),
            Int("Draws", d.Draws),
            string.IsNullOrWhiteSpace(s["WorkDirectory"]) ? null : s["WorkDirectory"]);
    }
}
