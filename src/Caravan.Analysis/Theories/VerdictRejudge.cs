using Caravan.Analysis.Models;

namespace Caravan.Analysis.Theories;

/// <summary>
/// The study's verdicts under another <see cref="VerdictRule"/> (e.g. α = 0.10, or a 20% minimum effect): every key term,
/// specification and theory judged again from the stored evidence (estimates, p-values, simulated first differences);
/// nothing is refitted or resimulated. With <see cref="VerdictRule.Default"/> it returns the study's own verdicts.
/// </summary>
public static class VerdictRejudge
{
    public static IReadOnlyList<TheoryVerdict> Rejudge(StudyResult study, VerdictRule rule)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(rule);
        Validate(rule);
        var fits = study.Fits.Select(f => Again(f, rule)).ToArray();
        var reference = fits.FirstOrDefault(f => f.Kind == FitKind.Firth)?.Sample ?? World.Samples.Reference;
        return study.Verdicts.Select(v => ChinaCentralAsiaStudy.Judge(v.Theory,
            fits.Where(f => f.Theory.Id == v.Theory.Id && f.Kind == FitKind.Logit).ToArray(),
            fits.FirstOrDefault(f => f.Theory.Id == v.Theory.Id && f.Kind == FitKind.Firth), reference, rule)).ToArray();
    }

    /// <summary>A rule's parameters must be meaningful: α in (0, 0.5], minimum relative effect in [0, 10], majority share in (0, 1].</summary>
    public static void Validate(VerdictRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!(rule.Alpha > 0 && rule.Alpha <= 0.5))
        {
            throw new StudyInputException($"Verdict rule: alpha = {rule.Alpha} must be in (0, 0.5].");
        }

        if (!(rule.MinimumRelativeEffect >= 0 && rule.MinimumRelativeEffect <= 10))
        {
            throw new StudyInputException($"Verdict rule: the minimum relative effect = {rule.MinimumRelativeEffect} must be in [0, 10] (0.10 = 10% of the baseline).");
        }

        if (!(rule.MajorityShare > 0 && rule.MajorityShare <= 1))
        {
            throw new StudyInputException($"Verdict rule: the majority share = {rule.MajorityShare} must be in (0, 1].");
        }
    }

    private static TheoryFit Again(TheoryFit f, VerdictRule rule)
    {
        if (f.Fit is null || f.Evidence.Count == 0)
        {
            return f;
        }

        var outcomes = f.Evidence.Select(rule.Judge).ToArray();
        return f with { Outcomes = outcomes, Verdict = rule.JudgeSpecification(outcomes) };
    }
}
