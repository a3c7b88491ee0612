using System.Globalization;
using Caravan.Analysis;
using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;
using Caravan.Reporting.Report;
using Caravan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Caravan.Web.Api.StudyGate;

namespace Caravan.Web.Api;

/// <summary>The theories: every fit's key-term evidence across samples and estimators, and the verdicts under a verdict rule of the user's choosing.</summary>
internal static class TheoriesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/theories", (StudyHost host) => StudyGate.With(host, v => Cached(v, "theories", () => new
        {
            rule = Rule(VerdictRule.Default),
            fits = v.Result.Fits.Select(Fit),
        }))).WithSummary("Key-term evidence of every fit").WithDescription("Per theory, sample and estimator: formula, n, events, and per key term the estimate, clustered SE, p-value, simulated baseline Pr and first difference with its 95% interval, and the outcome under the default rule.");

        app.MapGet("/api/theories/verdicts", (double? alpha, double? minEffect, double? majority, StudyHost host) => StudyGate.With(host, v =>
        {
            var d = VerdictRule.Default;
            var rule = new VerdictRule(alpha ?? d.Alpha, minEffect ?? d.MinimumRelativeEffect, majority ?? d.MajorityShare);
            var key = string.Create(CultureInfo.InvariantCulture, $"verdicts:{rule.Alpha:R}:{rule.MinimumRelativeEffect:R}:{rule.MajorityShare:R}");
            VerdictRejudge.Validate(rule);
            return Cached(v, key, () =>
            {
                var verdicts = VerdictRejudge.Rejudge(v.Result, rule);
                return new
                {
                    rule = Rule(rule),
                    verdicts = verdicts.Select(t => new
                    {
                        theory = t.Theory.Name,
                        verdict = StudyTables.Words(t.Overall),
                        reason = t.Reason,
                        specifications = t.Main.Append(t.RareEvents).OfType<TheoryFit>().Select(f => new
                        {
                            sample = f.Sample.Label, estimator = f.Kind.ToString(),
                            verdict = f.Verdict is { } sv ? StudyTables.Words(sv) : "not estimable",
                            outcomes = f.Outcomes.Select((o, i) => new { term = f.Evidence[i].Term.Term, outcome = o.ToString() }),
                        }),
                    }),
                };
            });
        })).WithSummary("Verdicts under a verdict rule").WithDescription("alpha in (0, 0.5] (default 0.05), minEffect in [0, 10] (minimum |first difference| / baseline, default 0.10), majority in (0, 1] (share of main specifications, default 0.75). Judged again from the stored evidence; nothing is refitted.");
    }

    private static object Rule(VerdictRule r) => new { alpha = r.Alpha, minEffect = r.MinimumRelativeEffect, majority = r.MajorityShare };

    private static object Fit(TheoryFit f) => new
    {
        theory = f.Theory.Name, sample = f.Sample.Label, estimator = f.Kind.ToString(), formula = f.Formula,
        n = f.Fit?.Nobs, events = f.Events, problem = f.Problem,
        verdict = f.Verdict is { } v ? StudyTables.Words(v) : "not estimable",
        terms = f.Evidence.Select((e, i) => new
        {
            term = e.Term.Term, description = e.Term.Meaning, expectedSign = e.Term.Sign.ToString(),
            estimate = N(e.Estimate), stdError = N(e.StdError), pValue = N(e.PValue), baseline = N(e.BaselineProbability),
            firstDifference = N(e.FirstDifference), fdLow = N(e.FirstDifferenceLow), fdHigh = N(e.FirstDifferenceHigh),
            relativeFd = N(e.RelativeFirstDifference), outcome = f.Outcomes[i].ToString(),
        }),
    };
}
