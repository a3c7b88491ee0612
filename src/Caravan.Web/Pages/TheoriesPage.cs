namespace Caravan.Web.Pages;

/// <summary>Theories: the verdict rule's parameters as a form (verdicts recomputed from the stored evidence) and every key term across samples and estimators.</summary>
internal static class TheoriesPage
{
    public static string Render() => Layout.Page("theories", "Theories",
        "<h1>Theories</h1>" + Layout.Computing().Replace("id=\"computing\"", "id=\"computing\" hidden", StringComparison.Ordinal)
        + "<section><h2>Verdict rule</h2><form id=\"rule\" class=\"controls\">"
        + "<label>α (p-value threshold) <input type=\"number\" id=\"alpha\" name=\"alpha\" min=\"0.001\" max=\"0.5\" step=\"0.005\" value=\"0.05\"></label>"
        + "<label>Minimum |first difference| / baseline <input type=\"number\" id=\"minEffect\" name=\"minEffect\" min=\"0\" max=\"10\" step=\"0.05\" value=\"0.10\"></label>"
        + "<label>Majority share of specifications <input type=\"number\" id=\"majority\" name=\"majority\" min=\"0.05\" max=\"1\" step=\"0.05\" value=\"0.75\"></label>"
        + "<button type=\"submit\">Recompute verdicts</button> <button type=\"button\" id=\"ruleReset\">Default rule</button></form><p id=\"ruleError\" class=\"error\" hidden></p>"
        + "<table id=\"ruleVerdicts\" class=\"data\"><thead><tr><th>Theory</th><th>Verdict</th><th>Why</th></tr></thead><tbody></tbody></table></section>"
        + "<section><h2>Key terms across samples and estimators</h2><p class=\"small\">Estimate (dyad-clustered SE), p-value, simulated first difference (25th→75th percentile, or 0→1) with its 95% interval, and the outcome under the rule above. <a href=\"/api/tables/key_terms/csv\">key_terms.csv</a></p>"
        + "<div id=\"coefficients\"></div></section>", "app/theories.js");
}
