using System.Text;
using Caravan.Web.Api;
using static Caravan.Web.Pages.Layout;

namespace Caravan.Web.Pages;

/// <summary>Region map: Central Asia and China coloured by an indicator for a year chosen with a slider; a click opens the dyad.</summary>
internal static class MapPage
{
    public static string Render()
    {
        var sb = new StringBuilder("<h1>Region map</h1><div class=\"controls\"><label>Indicator <select id=\"indicator\">");
        foreach (var (key, label, _) in MapApi.Indicators)
        {
            sb.Append("<option value=\"").Append(key).Append("\">").Append(H(label)).Append("</option>");
        }

        sb.Append("</select></label><label id=\"theoryLabel\" hidden>Theory <select id=\"theory\"></select></label>")
            .Append($"<label>Year <input type=\"range\" id=\"year\" min=\"1992\" max=\"{Analysis.Scenarios.ScenarioChanges.LastCovariateYear}\" step=\"1\" value=\"2010\"> <output id=\"yearLabel\">2010</output></label></div>")
            .Append(Computing().Replace("id=\"computing\"", "id=\"computing\" hidden", StringComparison.Ordinal))
            .Append("<div class=\"mapwrap\"><svg id=\"map\" viewBox=\"0 0 900 560\" role=\"img\" aria-label=\"Map of China and Central Asia\"></svg><div id=\"legend\" class=\"legend\"></div></div>")
            .Append("<p class=\"small\">Click a Central Asian state to open its dyad with China. Grey: no data for that year. Shapes: Natural Earth 1:50m (world-atlas 2.0.2).</p>")
            .Append("<table id=\"mapValues\" class=\"data\"><thead><tr><th>State</th><th>Year</th><th>Value</th></tr></thead><tbody></tbody></table>");
        return Page("map", "Region map", sb.ToString(), "vendor/topojson-client/topojson-client.min.js", "app/map.js");
    }
}
