using System.Text;
using Caravan.Analysis;
using Caravan.Reporting.Report;
using Caravan.Web.Hosting;
using static Caravan.Web.Pages.Layout;

namespace Caravan.Web.Pages;

/// <summary>Overview: verdicts, robustness, the findings in words, the run summary and the data's coverage (server-rendered from the study).</summary>
internal static class OverviewPage
{
    public static string Render(StudyHost host)
    {
        if (host.View is not { } view)
        {
            var body = host.State == StudyState.Failed ? $"<p class=\"error\">{H(host.Error)}</p>" : Computing();
            return Page("overview", "Overview", "<h1>China and Central Asia: interdependence and conflict</h1>" + body, "app/overview.js");
        }

        return view.Cached("page:overview", () => Encoding.UTF8.GetBytes(Page("overview", "Overview", Body(view.Result), "app/overview.js"))) is var bytes
            ? Encoding.UTF8.GetString(bytes) : "";
    }

    private static string Body(StudyResult r)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>China and Central Asia: interdependence and conflict</h1>");
        if (r.Options.Reduced)
        {
            sb.Append("<p class=\"notice\">Reduced run (politically relevant dyads 1992–2014 only, ").Append(r.Options.Draws)
                .Append(" draws): verdicts rest on one sample. Start <code>caravan serve</code> without <code>--reduced</code> for the full study.</p>");
        }

        sb.Append("<section><h2>Verdicts</h2><table id=\"verdicts\" class=\"data\"><thead><tr><th>Theory</th><th>Claim</th><th>Verdict</th><th>Why</th></tr></thead><tbody>");
        foreach (var v in r.Verdicts)
        {
            var w = StudyTables.Words(v.Overall);
            sb.Append("<tr><td>").Append(H(v.Theory.Name)).Append("</td><td>").Append(H(v.Theory.Claim)).Append("</td><td><span class=\"verdict v-")
                .Append(w.Replace(' ', '-')).Append("\">").Append(H(w)).Append("</span></td><td>").Append(H(v.Reason)).Append("</td></tr>");
        }

        sb.Append("</tbody></table><p class=\"small\">Rule: a key term confirms when p &lt; 0.05 with the predicted sign and the simulated first difference is at least 10% of the baseline with a 95% interval excluding 0 (change it on <a href=\"/theories\">Theories</a>). <a href=\"/api/tables/verdicts/csv\">verdicts.csv</a> · <a href=\"/api/tables/key_terms/csv\">key_terms.csv</a></p></section>");

        var columns = r.Fits.Select(f => (f.Sample.Label, Estimator: f.Kind.ToString())).Distinct().ToArray();
        sb.Append("<section><h2>Robustness: each specification's verdict</h2><table id=\"robustness\" class=\"data\"><thead><tr><th>Theory</th>");
        foreach (var c in columns)
        {
            sb.Append("<th>").Append(H(c.Label)).Append("<br><span class=\"small\">").Append(H(c.Estimator)).Append("</span></th>");
        }

        sb.Append("<th>Overall</th></tr></thead><tbody>");
        foreach (var v in r.Verdicts)
        {
            sb.Append("<tr><td>").Append(H(v.Theory.Name)).Append("</td>");
            foreach (var c in columns)
            {
                var f = r.Fits.FirstOrDefault(x => x.Theory.Id == v.Theory.Id && x.Sample.Label == c.Label && x.Kind.ToString() == c.Estimator);
                var w = f is null ? "" : f.Verdict is { } sv ? StudyTables.Words(sv) : "not estimable";
                sb.Append("<td><span class=\"verdict v-").Append(w.Replace(' ', '-')).Append("\">").Append(H(w)).Append("</span></td>");
            }

            sb.Append("<td><strong>").Append(H(StudyTables.Words(v.Overall))).Append("</strong></td></tr>");
        }

        sb.Append("</tbody></table></section>");
        List("Findings", "headline", StudyFindings.Headline(r), sb);
        List("The five dyads", "region", StudyFindings.Region(r), sb);
        List("What the data can and cannot show", "limits", StudyFindings.Limits(r), sb);

        sb.Append("<section><h2>Coverage</h2><table id=\"coverage\" class=\"data\"><thead><tr><th>Dyad</th><th>Trade (reconciled)</th><th>Net cooperation</th><th>Chinese finance</th><th>Predicted risk</th></tr></thead><tbody>");
        foreach (var d in Analysis.CentralAsia.FocusDyad.All)
        {
            string Span(IEnumerable<int> years)
            {
                var y = years.ToArray();
                return y.Length == 0 ? "none" : $"{y.Min()}–{y.Max()} ({y.Length} years)";
            }

            sb.Append("<tr><td><a href=\"/dyad/").Append(d.Iso3).Append("\">").Append(H(d.Label)).Append("</a> ").Append(H(d.Name)).Append("</td><td>")
                .Append(Span(r.Trade.Where(t => t.Dyad == d && double.IsFinite(t.Reconciled)).Select(t => t.Year))).Append("</td><td>")
                .Append(Span(r.Events.Where(e => e.Dyad == d && e.Value.Source is not null && double.IsFinite(e.Value.Net)).Select(e => e.Value.Year))).Append("</td><td>")
                .Append(Span(r.Finance.Where(f => f.Dyad == d && double.IsFinite(f.Aid.Cumulative)).Select(f => f.Aid.Year))).Append("</td><td>")
                .Append(Span(r.Risks.Where(x => x.Dyad == d && x.Scenario == "observed").Select(x => x.Year).Distinct())).Append("</td></tr>");
        }

        sb.Append("</tbody></table></section><section><h2>Run summary</h2><table id=\"summary\" class=\"data\"><tbody>");
        foreach (var row in StudyTables.Summary(r).Rows)
        {
            sb.Append("<tr><th>").Append(H(row[0]?.ToString())).Append("</th><td data-value=\"").Append(H(Reporting.Output.CsvTable.Format(row[1]))).Append("\">")
                .Append(H(Reporting.Output.CsvTable.Format(row[1]))).Append("</td></tr>");
        }

        sb.Append("</tbody></table><p class=\"small\">Tables: ");
        sb.AppendJoin(" · ", new[] { "verdicts", "key_terms", "trade_china_central_asia", "net_cooperation", "finance_exposure", "predicted_risk", "milestones", "summary", "codebook" }
            .Select(t => $"<a href=\"/api/tables/{t}/csv\">{t}.csv</a>"));
        sb.Append("</p></section>");
        return sb.ToString();
    }

    private static void List(string title, string id, IReadOnlyList<string> items, StringBuilder sb)
    {
        sb.Append("<section><h2>").Append(H(title)).Append("</h2><ul id=\"").Append(id).Append("\">");
        foreach (var i in items)
        {
            sb.Append("<li>").Append(H(i)).Append("</li>");
        }

        sb.Append("</ul></section>");
    }
}
