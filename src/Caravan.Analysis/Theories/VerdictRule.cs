namespace Caravan.Analysis.Theories;

/// <summary>
/// The explicit rule that turns estimates into verdicts (so the verdict table is reproducible).
/// <para><b>Key term</b>: <see cref="TermOutcome.Contradicts"/> if p &lt; <see cref="Alpha"/> with the wrong sign;
/// <see cref="TermOutcome.Null"/> if p ≥ Alpha; with the predicted sign and p &lt; Alpha it
/// <see cref="TermOutcome.Confirms"/> when the simulated first difference (moving the variable by <see cref="Move"/>: by default
/// from its 10th to its 90th percentile among the dyad-years that trade for trade-based variables, or 0→1 if binary,
/// other variables at their medians) changes the baseline probability by at least
/// <see cref="MinimumRelativeEffect"/> (10%) in the predicted direction and its 95% simulation interval excludes 0;
/// otherwise it is <see cref="TermOutcome.Weak"/>.</para>
/// <para><b>Specification</b>: Supported if every key term Confirms; Not supported if no key term Confirms;
/// Mixed otherwise.</para>
/// <para><b>Theory</b> (over the main specifications: politically relevant and all dyads × 1950–2014 and 1992–2014):
/// Supported if at least <see cref="MajorityShare"/> (3 of 4) are Supported and none Not supported; Not supported if at
/// least that share are Not supported and none Supported; Mixed otherwise. If the rare-events (Firth) fit of the reference specification (politically
/// relevant dyads, 1950–2014) gives a different verdict, a Supported theory is downgraded to Mixed.</para>
/// </summary>
public sealed record VerdictRule(
    double Alpha = 0.05,
    double MinimumRelativeEffect = 0.10,
    double MajorityShare = 0.75,
    FirstDifferenceMove Move = FirstDifferenceMove.Percentile10To90)
{
    public static VerdictRule Default { get; } = new();

    public TermOutcome Judge(TermEvidence e)
    {
        if (double.IsNaN(e.Estimate) || double.IsNaN(e.PValue))
        {
            return TermOutcome.NotEstimable;
        }

        var predicted = Math.Sign(e.Estimate) == (int)e.Term.Sign;
        if (e.PValue >= Alpha)
        {
            return TermOutcome.Null;
        }

        if (!predicted)
        {
            return TermOutcome.Contradicts;
        }

        var fdSign = Math.Sign(e.FirstDifference) == (int)e.Term.Sign;
        var excludesZero = e.FirstDifferenceLow > 0 || e.FirstDifferenceHigh < 0;
        var large = Math.Abs(e.RelativeFirstDifference) >= MinimumRelativeEffect;
        return fdSign && excludesZero && large ? TermOutcome.Confirms : TermOutcome.Weak;
    }

    /// <summary>The rule in one line (verdicts.csv, the report).</summary>
    public string Describe() =>
        $"alpha {Alpha}, |first difference| >= {MinimumRelativeEffect:P0} of baseline with its 95% interval excluding 0, move {FirstDifferenceMoves.Label(Move)}, theory majority {MajorityShare:P0} of specifications";

    public Verdict JudgeSpecification(IReadOnlyList<TermOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("A specification needs at least one key term.", nameof(outcomes));
        }

        return outcomes.All(o => o == TermOutcome.Confirms) ? Verdict.Supported
            : outcomes.Any(o => o == TermOutcome.Confirms) ? Verdict.Mixed
            : Verdict.NotSupported;
    }

    /// <summary>The overall verdict from the main specifications and the rare-events check of the reference specification.</summary>
    public Verdict JudgeTheory(IReadOnlyList<Verdict> mainSpecifications, Verdict? rareEventsReference, Verdict? reference)
    {
        var majority = (int)Math.Ceiling(MajorityShare * mainSpecifications.Count);
        var supported = mainSpecifications.Count(v => v == Verdict.Supported);
        var notSupported = mainSpecifications.Count(v => v == Verdict.NotSupported);
        var overall = supported >= majority && notSupported == 0 ? Verdict.Supported
            : notSupported >= majority && supported == 0 ? Verdict.NotSupported
            : Verdict.Mixed;
        if (overall == Verdict.Supported && rareEventsReference is { } re && reference is { } r && re != r)
        {
            overall = Verdict.Mixed;
        }

        return overall;
    }
}
