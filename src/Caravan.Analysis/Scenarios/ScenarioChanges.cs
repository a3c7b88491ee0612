using System.Globalization;
using Caravan.Analysis.CentralAsia;
using Caravan.Indicators;

namespace Caravan.Analysis.Scenarios;

/// <summary>
/// A user's scenario for one China–Central Asia dyad over a span of years: changes to trade, expectations, SCO and IGO
/// ties, alliance and capabilities, applied to the observed covariates before the study's fitted models predict the
/// annual probability of a MID. Each change follows the indicator definitions, so derived terms move with it:
/// <list type="bullet">
/// <item><see cref="TradeFactor"/> f multiplies bilateral trade: weak-link dependence, |dependence gap| and salience
/// (√ of the product of trade shares) scale by f, symmetry becomes 1 − f·(1 − symmetry) (partners' totals held);</item>
/// <item><see cref="ExpectationsShift"/> adds log points to Copeland's trade expectations (−0.5 is the study's trade-war shock);</item>
/// <item><see cref="Sco"/> sets SCO co-membership (0/1); a change moves shared IGOs by the same amount and the
/// expectations' commitment signal by CommitmentEffect·ScoWeight per unit (as in <see cref="TradeExpectations"/>);</item>
/// <item><see cref="SharedIgosChange"/> adds shared IGO memberships (e.g. +1 for the Central Asian state joining the AIIB,
/// of which China is a member), with the IGO part of the commitment signal recomputed (tanh(igos / IgoScale));</item>
/// <item><see cref="Alliance"/> sets the alliance indicator (0/1);</item>
/// <item><see cref="CapabilityFactor"/> multiplies the capability ratio (stronger / weaker CINC): ln ratio + ln(factor).</item>
/// </list>
/// Products (dependence × expectations) are recomputed. Values outside the estimation sample's range are flagged, not refused.
/// </summary>
public sealed record ScenarioChanges
{
    public const int MaxSpan = 40;

    /// <summary>The Central Asian state (ISO3, COW code or name; see <see cref="FocusDyad.Parse"/>).</summary>
    public string Dyad { get; init; } = "KAZ";

    public int FromYear { get; init; } = 1992;

    /// <summary>Last year (default <see cref="LastCovariateYear"/>; years after 2014 rest on carried-forward covariates, flagged per year).</summary>
    public int ToYear { get; init; } = LastCovariateYear;

    /// <summary>The last year the study's covariates exist (trade, 2023): the default end of a scenario.</summary>
    public const int LastCovariateYear = 2023;

    /// <summary>Multiplier of bilateral trade, in [0, 10] (1 = as observed, 0.5 = halved).</summary>
    public double TradeFactor { get; init; } = 1;

    /// <summary>Log points added to trade expectations, in [−3, 3].</summary>
    public double ExpectationsShift { get; init; }

    /// <summary>SCO co-membership set to 0 or 1 (null: as observed).</summary>
    public int? Sco { get; init; }

    /// <summary>Shared IGO memberships added (−50 to 50; the result is floored at 0).</summary>
    public int SharedIgosChange { get; init; }

    /// <summary>Alliance set to 0 or 1 (null: as observed).</summary>
    public int? Alliance { get; init; }

    /// <summary>Multiplier of the capability ratio, in [0.01, 100].</summary>
    public double CapabilityFactor { get; init; } = 1;

    /// <summary>Checks every field; throws <see cref="StudyInputException"/> naming the field, its value and the allowed range.</summary>
    public FocusDyad Validate()
    {
        var dyad = FocusDyad.Parse(Dyad ?? "");
        if (FromYear > ToYear)
        {
            throw new StudyInputException($"Scenario: fromYear {FromYear} is after toYear {ToYear}.");
        }

        if (FromYear < 1816 || ToYear > 2100 || ToYear - FromYear + 1 > MaxSpan)
        {
            throw new StudyInputException($"Scenario: years {FromYear}-{ToYear} must lie in 1816-2100 and span at most {MaxSpan} years.");
        }

        Range("tradeFactor", TradeFactor, 0, 10);
        Range("expectationsShift", ExpectationsShift, -3, 3);
        Range("capabilityFactor", CapabilityFactor, 0.01, 100);
        Range("sharedIgosChange", SharedIgosChange, -50, 50);
        if (Sco is { } s && s is not (0 or 1))
        {
            throw new StudyInputException($"Scenario: sco must be 0, 1 or absent (as observed); got {s}.");
        }

        if (Alliance is { } a && a is not (0 or 1))
        {
            throw new StudyInputException($"Scenario: alliance must be 0, 1 or absent (as observed); got {a}.");
        }

        return dyad;
    }

    /// <summary>The rewrite as a <see cref="Counterfactual"/> (the study's scenario type).</summary>
    public Counterfactual ToCounterfactual() => new("custom", "Custom scenario", Describe(),
        [StudyColumns.WeakLink, StudyColumns.DependenceGapAbs, StudyColumns.Salience, StudyColumns.Symmetry, StudyColumns.Expectations,
            StudyColumns.DependenceXExpectations, StudyColumns.Sco, StudyColumns.SharedIgos, StudyColumns.Alliance, StudyColumns.LogCapabilityRatio],
        (row, _) => Apply(row));

    public string Describe()
    {
        var parts = new List<string>();
        var c = CultureInfo.InvariantCulture;
        if (TradeFactor != 1)
        {
            parts.Add($"trade × {TradeFactor.ToString("G4", c)}");
        }

        if (ExpectationsShift != 0)
        {
            parts.Add($"expectations {ExpectationsShift.ToString("+0.###;-0.###", c)} log points");
        }

        if (Sco is { } s)
        {
            parts.Add($"SCO co-membership = {s}");
        }

        if (SharedIgosChange != 0)
        {
            parts.Add($"shared IGOs {SharedIgosChange.ToString("+0;-0", c)}");
        }

        if (Alliance is { } a)
        {
            parts.Add($"alliance = {a}");
        }

        if (CapabilityFactor != 1)
        {
            parts.Add($"capability ratio × {CapabilityFactor.ToString("G4", c)}");
        }

        return parts.Count == 0 ? "no change (baseline)" : string.Join(", ", parts);
    }

    internal Dictionary<string, double> Apply(IReadOnlyDictionary<string, double> row)
    {
        var d = new Dictionary<string, double>(row, StringComparer.Ordinal);
        var o = TradeExpectationsOptions.Default;
        void Scale(string column, double f)
        {
            if (d.TryGetValue(column, out var v))
            {
                d[column] = v * f;
            }
        }

        Scale(StudyColumns.WeakLink, TradeFactor);
        Scale(StudyColumns.DependenceGapAbs, TradeFactor);
        Scale(StudyColumns.Salience, TradeFactor);
        if (d.TryGetValue(StudyColumns.Symmetry, out var sym))
        {
            d[StudyColumns.Symmetry] = 1 - (TradeFactor * (1 - sym));
        }

        var expectationsDelta = ExpectationsShift;
        var igos = row.TryGetValue(StudyColumns.SharedIgos, out var g) ? g : double.NaN;
        var newIgos = igos;
        if (Sco is { } sco && row.TryGetValue(StudyColumns.Sco, out var observedSco) && double.IsFinite(observedSco))
        {
            var change = sco - observedSco;
            if (d.ContainsKey(StudyColumns.Sco))
            {
                d[StudyColumns.Sco] = sco;
            }

            expectationsDelta += o.CommitmentEffect * o.ScoWeight * change;
            newIgos += change;
        }

        newIgos = Math.Max(0, newIgos + SharedIgosChange);
        if (double.IsFinite(igos) && newIgos != igos)
        {
            if (d.ContainsKey(StudyColumns.SharedIgos))
            {
                d[StudyColumns.SharedIgos] = newIgos;
            }

            expectationsDelta += o.CommitmentEffect * o.IgoWeight * (Math.Tanh(newIgos / o.IgoScale) - Math.Tanh(igos / o.IgoScale));
        }

        if (d.ContainsKey(StudyColumns.Expectations))
        {
            d[StudyColumns.Expectations] += expectationsDelta;
        }

        if (Alliance is { } a && d.ContainsKey(StudyColumns.Alliance))
        {
            d[StudyColumns.Alliance] = a;
        }

        if (CapabilityFactor != 1 && d.ContainsKey(StudyColumns.LogCapabilityRatio))
        {
            d[StudyColumns.LogCapabilityRatio] += Math.Log(CapabilityFactor);
        }

        if (d.ContainsKey(StudyColumns.DependenceXExpectations) && d.TryGetValue(StudyColumns.WeakLink, out var dep) && d.TryGetValue(StudyColumns.Expectations, out var e))
        {
            d[StudyColumns.DependenceXExpectations] = dep * e;
        }

        return d;
    }

    private static void Range(string name, double value, double lo, double hi)
    {
        if (!double.IsFinite(value) || value < lo || value > hi)
        {
            throw new StudyInputException(string.Create(CultureInfo.InvariantCulture, $"Scenario: {name} = {value} is outside the allowed range [{lo}, {hi}]."));
        }
    }
}
