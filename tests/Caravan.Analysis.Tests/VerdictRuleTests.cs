using Caravan.Analysis.Theories;

namespace Caravan.Analysis.Tests;

/// <summary>The verdict rule on constructed evidence whose answer is known from the documented rule.</summary>
public class VerdictRuleTests
{
    private static readonly KeyTerm Negative = new("dep_min", ExpectedSign.Negative, "test");
    private static readonly KeyTerm Positive = new("salience", ExpectedSign.Positive, "test");
    private static readonly VerdictRule Rule = VerdictRule.Default;

    private static TermEvidence E(KeyTerm t, double b, double p, double baseline, double fd, double lo, double hi) =>
        new(t, b, 0.1, p, baseline, fd, lo, hi);

    [Fact]
    public void Predicted_sign_significant_large_effect_confirms()
    {
        // baseline 0.010, FD −0.002 → −20% (≥ 10%), interval (−0.003, −0.001) excludes 0.
        Assert.Equal(TermOutcome.Confirms, Rule.Judge(E(Negative, -2.0, 0.001, 0.010, -0.002, -0.003, -0.001)));
    }

    [Fact]
    public void Small_effect_is_weak_even_when_significant()
    {
        // −5% of baseline < 10%.
        Assert.Equal(TermOutcome.Weak, Rule.Judge(E(Negative, -2.0, 0.001, 0.010, -0.0005, -0.0008, -0.0002)));
        // Large, but the simulation interval covers 0.
        Assert.Equal(TermOutcome.Weak, Rule.Judge(E(Negative, -2.0, 0.04, 0.010, -0.002, -0.004, 0.0001)));
    }

    [Fact]
    public void Wrong_sign_significant_contradicts_and_insignificant_is_null()
    {
        Assert.Equal(TermOutcome.Contradicts, Rule.Judge(E(Negative, 2.0, 0.001, 0.010, 0.004, 0.002, 0.006)));
        Assert.Equal(TermOutcome.Null, Rule.Judge(E(Positive, 2.0, 0.05, 0.010, 0.004, -0.001, 0.009))); // p = α is not < α
        Assert.Equal(TermOutcome.NotEstimable, Rule.Judge(E(Positive, double.NaN, double.NaN, 0.01, 0, 0, 0)));
    }

    [Fact]
    public void Specification_and_theory_verdicts_follow_the_rule()
    {
        Assert.Equal(Verdict.Supported, Rule.JudgeSpecification([TermOutcome.Confirms, TermOutcome.Confirms]));
        Assert.Equal(Verdict.Mixed, Rule.JudgeSpecification([TermOutcome.Confirms, TermOutcome.Null]));
        Assert.Equal(Verdict.NotSupported, Rule.JudgeSpecification([TermOutcome.Weak, TermOutcome.Contradicts]));

        var s = Verdict.Supported;
        var n = Verdict.NotSupported;
        var m = Verdict.Mixed;
        Assert.Equal(s, Rule.JudgeTheory([s, s, s, m], s, s));
        Assert.Equal(m, Rule.JudgeTheory([s, s, s, n], s, s)); // any Not supported blocks Supported
        Assert.Equal(m, Rule.JudgeTheory([s, s, s, s], m, s)); // not robust to the rare-events correction
        Assert.Equal(n, Rule.JudgeTheory([n, n, n, m], n, n));
        Assert.Equal(m, Rule.JudgeTheory([s, s, n, n], null, null));
        Assert.Equal(n, Rule.JudgeTheory([n], n, n)); // a one-sample (reduced) run: 1 of 1 is the majority
        Assert.Equal(m, Rule.JudgeTheory([s, m], s, s)); // 2 specifications: both must agree
    }

    [Fact]
    public void Catalog_parses_names_and_rejects_unknown_ones()
    {
        Assert.Equal(TheoryId.Copeland, TheoryCatalog.Parse("copeland").Id);
        var e = Assert.Throws<StudyInputException>(() => TheoryCatalog.Parse("marxist"));
        Assert.Contains("Liberal", e.Message);
        Assert.Equal(6, TheoryCatalog.All.Count);
        Assert.Contains(StudyColumns.Expectations, Copeland.Specification.RequiredColumns(StudyColumns.Controls));
        Assert.DoesNotContain(StudyColumns.DependenceXExpectations, Copeland.Specification.RequiredColumns(StudyColumns.Controls));
    }
}
