using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;

namespace Caravan.Analysis.Robustness;

/// <summary>
/// The verdict of every theory under each move of the first difference, each threshold, each sample alone, the Firth
/// estimator and the data-sensitivity refits, re-judged from the stored evidence (<see cref="TheoryFit.ByMove"/>) so that
/// no row needs a new simulation. The reported verdict uses <see cref="VerdictRule.Default"/>.
/// </summary>
public static class RobustnessTable
{
    /// <summary>The thresholds varied: each changes one field of the default rule.</summary>
    public static IReadOnlyList<(string Label, VerdictRule Rule)> Thresholds(VerdictRule rule) =>
    [
        ("alpha 0.10", rule with { Alpha = 0.10 }),
        ("alpha 0.01", rule with { Alpha = 0.01 }),
        ("minimum effect 5% of baseline", rule with { MinimumRelativeEffect = 0.05 }),
        ("minimum effect 25% of baseline", rule with { MinimumRelativeEffect = 0.25 }),
    ];

    /// <summary>A specification's verdict re-judged under <paramref name="rule"/> (null if the fit failed).</summary>
    public static Verdict? Rejudge(TheoryFit fit, VerdictRule rule)
    {
        if (fit.Fit is null || fit.Evidence.Count == 0)
        {
            return null;
        }

        return rule.JudgeSpecification(fit.EvidenceFor(rule.Move).Select(rule.Judge).ToArray());
    }

    /// <summary>Key-term outcomes in words, e.g. "dep_min Null; igos Contradicts".</summary>
    public static string Outcomes(TheoryFit fit, VerdictRule rule) =>
        fit.Fit is null ? fit.Problem ?? "not estimable"
            : string.Join("; ", fit.EvidenceFor(rule.Move).Select(e => $"{e.Term.Term} {rule.Judge(e)}"));

    /// <summary>A theory's verdict over its main specifications and Firth check, re-judged under <paramref name="rule"/>.</summary>
    public static Verdict RejudgeTheory(IReadOnlyList<TheoryFit> main, TheoryFit? firth, Sample reference, VerdictRule rule)
    {
        var verdicts = main.Select(m => Rejudge(m, rule)).Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (verdicts.Length == 0)
        {
            return Verdict.NotSupported;
        }

        var refFit = main.FirstOrDefault(m => m.Sample == reference);
        return rule.JudgeTheory(verdicts, firth is null ? null : Rejudge(firth, rule), refFit is null ? null : Rejudge(refFit, rule));
    }

    /// <param name="verdicts">The reported verdicts (main fits and Firth check per theory).</param>
    /// <param name="reference">The reference sample.</param>
    /// <param name="rule">The reported rule.</param>
    /// <param name="sensitivity">Refits of the reference specification on changed data, with a label each.</param>
    public static IReadOnlyList<RobustnessRow> Build(IReadOnlyList<TheoryVerdict> verdicts, Sample reference, VerdictRule rule,
        IReadOnlyList<(string Label, TheoryFit Fit)> sensitivity)
    {
        var rows = new List<RobustnessRow>();
        foreach (var v in verdicts)
        {
            var t = v.Theory;
            rows.Add(new RobustnessRow(t, RobustnessDimension.Reported, $"reported ({FirstDifferenceMoves.Label(rule.Move)}, alpha {rule.Alpha}, effect ≥ {rule.MinimumRelativeEffect:P0})",
                v.Overall, "theory", v.Reason));
            foreach (var move in FirstDifferenceMoves.All.Where(m => m != rule.Move))
            {
                var r = rule with { Move = move };
                rows.Add(new RobustnessRow(t, RobustnessDimension.Move, $"move: {FirstDifferenceMoves.Label(move)}",
                    RejudgeTheory(v.Main, v.RareEvents, reference, r), "theory",
                    string.Join(" | ", v.Main.Select(m => $"{m.Sample.Label}: {Outcomes(m, r)}"))));
            }

            foreach (var (label, r) in Thresholds(rule))
            {
                rows.Add(new RobustnessRow(t, RobustnessDimension.Threshold, label, RejudgeTheory(v.Main, v.RareEvents, reference, r), "theory",
                    string.Join(" | ", v.Main.Select(m => $"{m.Sample.Label}: {Outcomes(m, r)}"))));
            }

            foreach (var m in v.Main)
            {
                rows.Add(new RobustnessRow(t, RobustnessDimension.Sample, $"sample: {m.Sample.Label} only (logit)", Rejudge(m, rule), "specification", Outcomes(m, rule)));
            }

            if (v.RareEvents is { } f)
            {
                rows.Add(new RobustnessRow(t, RobustnessDimension.Estimator, $"estimator: Firth logit, {f.Sample.Label}", Rejudge(f, rule), "specification", Outcomes(f, rule)));
            }

            foreach (var (label, fit) in sensitivity.Where(s => s.Fit.Theory.Id == t.Id))
            {
                rows.Add(new RobustnessRow(t, RobustnessDimension.Data, label, Rejudge(fit, rule), "specification", Outcomes(fit, rule)));
            }
        }

        return rows;
    }
}
