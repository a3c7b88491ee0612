using System.Text;
using System.Text.Encodings.Web;

namespace Caravan.Web.Pages;

/// <summary>The page shell: navigation, the page's server-rendered body, its one script (no inline script or style anywhere).</summary>
internal static class Layout
{
    private static readonly (string Href, string Key, string Label)[] Nav =
    [
        ("/", "overview", "Overview"),
        ("/map", "map", "Region map"),
        ("/dyad/KAZ", "dyad", "Dyads"),
        ("/theories", "theories", "Theories"),
        ("/scenario", "scenario", "Scenario simulator"),
        ("/panel", "panel", "Panel builder & fitter"),
    ];

    public static string H(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Page(string key, string title, string body, params string[] scripts)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(H(title)).Append(" · Caravan</title><link rel=\"stylesheet\" href=\"/assets/app/app.css\"></head>\n");
        sb.Append("<body data-page=\"").Append(H(key)).Append("\"><header><a class=\"brand\" href=\"/\">Caravan</a><nav>");
        foreach (var (href, k, label) in Nav)
        {
            sb.Append("<a href=\"").Append(href).Append('"').Append(k == key ? " aria-current=\"page\"" : "").Append('>').Append(H(label)).Append("</a>");
        }

        sb.Append("</nav><span id=\"status\" class=\"status\"></span></header>\n<main>").Append(body).Append("</main>\n");
        sb.Append("<footer>China–Central Asia study from the data shipped in <code>data/</code> · <a href=\"/openapi/v1.json\">API (OpenAPI)</a> · map shapes: Natural Earth via world-atlas</footer>\n");
        sb.Append("<script src=\"/assets/app/common.js\"></script><script src=\"/assets/app/chart.js\"></script>");
        foreach (var s in scripts)
        {
            sb.Append("<script src=\"/assets/").Append(s).Append("\"></script>");
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    public static string Computing() =>
        "<section id=\"computing\" class=\"notice\"><h2>The study is being computed</h2><p>The server computes the China–Central Asia study once when it starts; this page fills in when it is ready.</p><pre id=\"progress\"></pre></section>";

    public static string NotFound() => Page("none", "Not found", "<h1>Not found</h1><p>There is no such page. Start at the <a href=\"/\">overview</a>.</p>");

    public static string Error(string message) => Page("none", "Error", "<h1>Error</h1><p class=\"error\">" + H(message) + "</p>");
}
