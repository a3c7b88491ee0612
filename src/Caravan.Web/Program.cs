using Caravan.Web.Hosting;

namespace Caravan.Web;

/// <summary>
/// <c>dotnet run --project src/Caravan.Web -- [--Caravan:Port=5080] [--Caravan:Reduced=true]</c>: the dashboard on its own
/// (the CLI's <c>caravan serve</c> is the usual way in). Options come from configuration keys <c>Caravan:*</c>.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static int Main(string[] args)
    {
        var app = WebServer.Create(null, args);
        app.Run();
        return 0;
    }
}
