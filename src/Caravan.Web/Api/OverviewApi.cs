using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Reporting.Report;
using Caravan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary><c>GET /api/overview</c>: verdicts, the robustness table, the findings in words, the run summary and the data's coverage.</summary>
internal static class OverviewApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/overview", (StudyHost host) => StudyGate.With(host, v => StudyGate.Cached(v, "overview", () => Build(v.Result))))
            .WithSummary("Overview of the study").WithDescription("Verdict per theory with its reason; each specification's verdict (robustness); headline, regional findings and limits in words (as in report.html); summary.csv; coverage per dataset and dyad.");

    public static object Build(StudyResult r) => new
    {
        verdicts = r.Verdicts.Select(v => new { theory = v.Theory.Name, claim = v.Theory.Claim, verdict = StudyTables.Words(v.Overall), reason = v.Reason }),
        robustness = Robustness(r),
        headline = StudyFindings.Headline(r),
        region = StudyFindings.Region(r),
        limits = StudyFindings.Limits(r),
        summary = StudyTables.Summary(r).Rows.Select(x => new { quantity = x[0]?.ToString(), value = Reporting.Output.CsvTable.Format(x[1]) }),
        coverage = Coverage(r),
        notes = r.Notes,
    };

    private static object Robustness(StudyResult r)
    {
        var columns = r.Fits.Select(f => (f.Sample.Label, Estimator: f.Kind.ToString())).Distinct().ToArray();
        return new
        {
            columns = columns.Select(c => new { sample = c.Label, estimator = c.Estimator }),
            rows = r.Verdicts.Select(v => new
            {
                theory = v.Theory.Name,
                overall = StudyTables.Words(v.Overall),
                cells = columns.Select(c => r.Fits.FirstOrDefault(f => f.Theory.Id == v.Theory.Id && f.Sample.Label == c.Label && f.Kind.ToString() == c.Estimator) is { } f
                    ? f.Verdict is { } sv ? StudyTables.Words(sv) : "not estimable"
                    : ""),
            }),
        };
    }

    private static IEnumerable<object> Coverage(StudyResult r)
    {
        foreach (var d in FocusDyad.All)
        {
            var trade = r.Trade.Where(t => t.Dyad == d && double.IsFinite(t.Reconciled)).Select(t => t.Year).ToArray();
            var ev = r.Events.Where(e => e.Dyad == d && e.Value.Source is not null && double.IsFinite(e.Value.Net)).Select(e => e.Value.Year).ToArray();
            var fin = r.Finance.Where(f => f.Dyad == d && double.IsFinite(f.Aid.Cumulative)).Select(f => f.Aid.Year).ToArray();
            var risk = r.Risks.Where(x => x.Dyad == d && x.Scenario == "observed").Select(x => x.Year).Distinct().ToArray();
            yield return new
            {
                dyad = d.Label,
                name = d.Name,
                trade = Span(trade),
                events = Span(ev),
                finance = Span(fin),
                predictedRisk = Span(risk),
            };
        }
    }

    private static object? Span(int[] years) => years.Length == 0 ? null : new { first = years.Min(), last = years.Max(), years = years.Length };
}
