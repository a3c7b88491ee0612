using Caravan.Data.Panels;
using static Caravan.Web.Pages.Layout;

namespace Caravan.Web.Pages;

/// <summary>Panel builder and model fitter: the options of <c>caravan panel</c> and <c>caravan fit</c> as forms; errors inline, as the CLI prints them.</summary>
internal static class PanelPage
{
    public static string Render() => Page("panel", "Panel builder & fitter",
        "<h1>Panel builder</h1><form id=\"panelForm\" class=\"controls grid\">"
        + "<label>Unit <select name=\"unit\"><option>dyad-year</option><option>directed-dyad-year</option><option>state-year</option></select></label>"
        + "<label>Years <input name=\"years\" value=\"1992-2014\" maxlength=\"20\"></label>"
        + "<label>States <input name=\"states\" value=\"CHN,KAZ,KGZ,TJK,TKM,UZB\" maxlength=\"400\"></label>"
        + "<label>With <input name=\"with\" value=\"\" maxlength=\"400\" placeholder=\"e.g. CHN\"></label>"
        + "<label>System <select name=\"system\"><option>cow</option><option>gw</option></select></label>"
        + "<label>Steps <input name=\"steps\" value=\"all\" maxlength=\"400\" title=\"" + H(string.Join(",", PanelBuilder.StepNames)) + "\"></label>"
        + "<label>MIDs <select name=\"mids\"><option>gml</option><option>cow</option></select></label>"
        + "<label>Conventions <select name=\"conventions\"><option>caravan</option><option>peacesciencer</option></select></label>"
        + "<label><input type=\"checkbox\" name=\"relevant\"> politically relevant only</label>"
        + "<label><input type=\"checkbox\" name=\"keepFalseDyads\"> keep false dyads</label>"
        + "<button type=\"submit\" id=\"buildPanel\">Build panel</button></form>"
        + "<p class=\"small\">Steps: " + H(string.Join(", ", PanelBuilder.StepNames)) + ". The web builder takes panels up to 400,000 rows, one build at a time; the CLI has no such limit.</p>"
        + "<p id=\"panelError\" class=\"error\" hidden></p><p id=\"panelBusy\" class=\"small\" hidden>Building…</p><section id=\"panelResult\" hidden><h2>Panel</h2><p id=\"panelSummary\"></p><p id=\"panelCommand\" class=\"small mono\"></p><p id=\"panelDownloads\"></p>"
        + "<div class=\"scroll\"><table id=\"panelPreview\" class=\"data\"></table></div><details><summary>Codebook</summary><table id=\"panelCodebook\" class=\"data\"></table></details></section>"
        + "<h1>Model fitter</h1><form id=\"fitForm\" class=\"controls grid\">"
        + "<label>Model <select name=\"model\"><option>logit</option><option>ols</option><option>probit</option><option>poisson</option><option>firth</option></select></label>"
        + "<label class=\"wide\">Formula <input name=\"formula\" value=\"log(exp12 + 1) ~ log(wbgdp_cusd1) + log(wbgdp_cusd2) + log(capdist) + sco_both\" maxlength=\"400\"></label>"
        + "<label>Vcov <input name=\"vcov\" value=\"\" maxlength=\"100\" placeholder=\"e.g. hetero, cluster:dyad\"></label>"
        + "<button type=\"submit\" id=\"runFit\">Fit on the panel above</button></form>"
        + "<p id=\"fitError\" class=\"error\" hidden></p><section id=\"fitResult\" hidden><p id=\"fitCommand\" class=\"small mono\"></p><table id=\"fitTable\" class=\"data\"></table><pre id=\"fitText\"></pre><p><button type=\"button\" id=\"fitCsv\">Coefficients as CSV</button></p></section>",
        "app/panel.js");
}
