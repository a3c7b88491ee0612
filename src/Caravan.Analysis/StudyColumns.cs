using Caravan.Indicators;

namespace Caravan.Analysis;

/// <summary>
/// The column names the study uses on the world dyad-year panel (after <see cref="WorldPanel"/> has mapped the panel
/// builder's columns and added the indicators), and what each needs from the panel.
/// </summary>
public static class StudyColumns
{
    public const string Ccode1 = "ccode1";
    public const string Ccode2 = "ccode2";
    public const string Year = "year";
    public const string Dyad = "dyad";
    public const string MidOnset = "mid_onset";
    public const string PeaceYears = "peace_years";
    public const string PeaceYears2 = "peace_years2";
    public const string PeaceYears3 = "peace_years3";
    public const string Contiguity = "contig";
    public const string LogDistance = "ln_dist";
    public const string MajorPower = "major";
    public const string Alliance = "alliance";
    public const string DemocracyMin = "dem_min";
    public const string SharedIgos = "igos";
    public const string Sco = "sco";
    public const string WeakLink = TradeDependence.WeakLink;
    public const string DependenceGapAbs = PowerAsymmetry.AbsDependenceGap;
    public const string LogCapabilityRatio = PowerAsymmetry.LogCapabilityRatio;
    public const string Salience = SalienceSymmetry.Salience;
    public const string Symmetry = SalienceSymmetry.Symmetry;
    public const string Expectations = TradeExpectations.Expectations;
    public const string DependenceXExpectations = "dep_x_texp";

    /// <summary>Controls in every conflict specification (Oneal &amp; Russett 1997's set), before peace-years.</summary>
    public static IReadOnlyList<string> Controls { get; } =
        [Contiguity, LogDistance, MajorPower, Alliance, LogCapabilityRatio, DemocracyMin];

    /// <summary>The Carter &amp; Signorino (2010) cubic in peace-years (t, t²/100, t³/1000, rescaled for conditioning).</summary>
    public static IReadOnlyList<string> PeaceYearsCubic { get; } = [PeaceYears, PeaceYears2, PeaceYears3];

    /// <summary>How to obtain each column, for error messages.</summary>
    public static string HowToGet(string column) => column switch
    {
        MidOnset or PeaceYears or PeaceYears2 or PeaceYears3 => "add MIDs and peace-years to the panel (MID step, COW MID 5.0)",
        Contiguity => "add contiguity (COW direct contiguity v3.2)",
        LogDistance => "add capital-to-capital distance",
        MajorPower => "add major-power status (COW majors)",
        Alliance => "add ATOP alliances",
        DemocracyMin => "add democracy (V-Dem polyarchy)",
        SharedIgos or Sco => "add IGO memberships (COW IGO v3, 1816–2014) with SCO co-membership",
        WeakLink or DependenceGapAbs or Salience or Symmetry => "add trade (COW/IMF DOTS) and GDP, then the trade indicators",
        LogCapabilityRatio => "add CINC (COW NMC) and trade dependence, then PowerAsymmetry",
        Expectations or DependenceXExpectations => "add trade dependence, SCO and IGOs, then TradeExpectations",
        _ => "see the codebook",
    };
}
