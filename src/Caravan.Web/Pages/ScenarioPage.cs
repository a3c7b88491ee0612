using System.Text;
using Caravan.Analysis.CentralAsia;
using static Caravan.Web.Pages.Layout;

namespace Caravan.Web.Pages;

/// <summary>Scenario simulator: a dyad, years and changes; predicted risk with simulation intervals against the baseline. The URL reproduces the scenario.</summary>
internal static class ScenarioPage
{
    private const int Last = Analysis.Scenarios.ScenarioChanges.LastCovariateYear;

    public static string Render()
    {
        var sb = new StringBuilder("<h1>Scenario simulator</h1>");
        sb.Append(Computing().Replace("id=\"computing\"", "id=\"computing\" hidden", StringComparison.Ordinal));
        sb.Append("<form id=\"scenario\" class=\"controls grid\"><label>Dyad <select id=\"dyad\" name=\"dyad\">");
        foreach (var d in FocusDyad.All)
        {
            sb.Append("<option value=\"").Append(d.Iso3).Append("\">China – ").Append(H(d.Name)).Append("</option>");
        }

        sb.Append("</select></label>")
            .Append($"<label>From <input type=\"number\" id=\"from\" name=\"from\" min=\"1992\" max=\"{Last}\" value=\"1992\"></label>")
            .Append($"<label>To <input type=\"number\" id=\"to\" name=\"to\" min=\"1992\" max=\"{Last}\" value=\"{Last}\"></label>")
            .Append("<label>Trade × <input type=\"range\" id=\"trade\" name=\"trade\" min=\"0\" max=\"3\" step=\"0.05\" value=\"1\"> <output id=\"tradeOut\">1</output></label>")
            .Append("<label>Expectations shift (log points) <input type=\"range\" id=\"expectations\" name=\"expectations\" min=\"-1.5\" max=\"1.5\" step=\"0.05\" value=\"0\"> <output id=\"expectationsOut\">0</output></label>")
            .Append("<label>SCO co-membership <select id=\"sco\" name=\"sco\"><option value=\"\">as observed</option><option value=\"1\">both members</option><option value=\"0\">not both</option></select></label>")
            .Append("<label>Shared IGOs added (e.g. +1: joins the AIIB) <input type=\"number\" id=\"igos\" name=\"igos\" min=\"-50\" max=\"50\" step=\"1\" value=\"0\"></label>")
            .Append("<label>Alliance <select id=\"alliance\" name=\"alliance\"><option value=\"\">as observed</option><option value=\"1\">allied</option><option value=\"0\">not allied</option></select></label>")
            .Append("<label>Capability ratio × <input type=\"range\" id=\"capability\" name=\"capability\" min=\"0.25\" max=\"4\" step=\"0.05\" value=\"1\"> <output id=\"capabilityOut\">1</output></label>")
            .Append("<button type=\"button\" id=\"reset\">Baseline</button></form>")
            .Append("<p class=\"small\">Presets: <a href=\"/scenario?dyad=TKM&amp;sco=1\">Turkmenistan in the SCO</a> · <a href=\"/scenario?dyad=KAZ&amp;trade=0.5\">trade halved (Kazakhstan)</a> · <a href=\"/scenario?dyad=KGZ&amp;expectations=-0.5\">trade-war shock (Kyrgyzstan)</a>. The page's URL reproduces the scenario; <code>caravan scenario --file s.json</code> runs the same one. Years after 2014 lie beyond the models' estimation sample: covariates that end earlier are carried forward and peace-years assume no MID after 2014 (marked on the charts and listed per year in the table), as in the study.</p>")
            .Append("<p id=\"scenarioError\" class=\"error\" hidden></p><div id=\"support\" class=\"warning\" hidden></div><p id=\"scenarioInfo\" class=\"small\"></p>")
            .Append("<h2>Last year of the span</h2><table id=\"scenarioSummary\" class=\"data\"><thead><tr><th>Theory</th><th>Year</th><th>Baseline Pr</th><th>Scenario Pr</th><th>Difference [95% interval]</th></tr></thead><tbody></tbody></table>")
            .Append("<h2>Every year</h2><div id=\"scenarioCharts\" class=\"chartgrid\"></div><details><summary>Table of every year</summary><table id=\"scenarioTable\" class=\"data\"><thead><tr><th>Theory</th><th>Year</th><th>Baseline Pr</th><th>95% interval</th><th>Scenario Pr</th><th>95% interval</th><th>Difference</th><th>95% interval</th><th>Carried forward / assumed</th></tr></thead><tbody></tbody></table></details>");
        return Page("scenario", "Scenario simulator", sb.ToString(), "app/scenario.js");
    }
}
