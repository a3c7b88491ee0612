using Caravan.Core.Frames;

namespace Caravan.Indicators;

/// <summary>One dyad-year's asymmetry measures.</summary>
/// <param name="DependenceGap">dependence_1 − dependence_2 (positive: state 1 is the more dependent, the more vulnerable).</param>
/// <param name="AbsDependenceGap">|dependence_1 − dependence_2|.</param>
/// <param name="CapabilityRatio">CINC of the stronger / CINC of the weaker (≥ 1).</param>
/// <param name="LogCapabilityRatio">ln of the capability ratio.</param>
/// <param name="GdpRatio">GDP of the larger economy / GDP of the smaller (≥ 1).</param>
public sealed record PowerAsymmetryValue(
    double DependenceGap, double AbsDependenceGap, double CapabilityRatio, double LogCapabilityRatio, double GdpRatio);

/// <summary>
/// Asymmetric dependence and power (realist; Keohane &amp; Nye's sensitivity/vulnerability):
/// <c>dependence_i − dependence_j</c> (Oneal &amp; Russett dependence), the CINC ratio
/// <c>max(cinc)/min(cinc)</c> (and its log, as in Bremer 1992 / Oneal &amp; Russett 1997),
/// and the GDP ratio <c>max(gdp)/min(gdp)</c>.
/// Citations: Keohane, Robert O. and Joseph S. Nye. 1977. Power and Interdependence. Boston: Little, Brown;
/// Singer, Bremer &amp; Stuckey (1972) for CINC; Bremer, Stuart A. 1992. "Dangerous Dyads." Journal of
/// Conflict Resolution 36(2): 309–341.
/// </summary>
public static class PowerAsymmetry
{
    public const string DependenceGap = "dep_gap";
    public const string AbsDependenceGap = "dep_gap_abs";
    public const string CapabilityRatio = "cinc_ratio";
    public const string LogCapabilityRatio = "ln_cinc_ratio";
    public const string GdpRatio = "gdp_ratio";

    public static double Ratio(double a, double b, string what)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.NaN;
        }

        if (a <= 0 || b <= 0)
        {
            // A CINC of exactly 0 occurs for micro-states in COW NMC; a ratio to 0 is undefined, not infinite.
            return a < 0 || b < 0
                ? throw new IndicatorInputException($"{what}: negative value ({a}, {b}).")
                : double.NaN;
        }

        return Math.Max(a, b) / Math.Min(a, b);
    }

    public static PowerAsymmetryValue Compute(double dep1, double dep2, double cinc1, double cinc2, double gdp1, double gdp2)
    {
        var gap = dep1 - dep2;
        var cr = Ratio(cinc1, cinc2, "CINC ratio");
        return new PowerAsymmetryValue(gap, Math.Abs(gap), cr, Math.Log(cr), Ratio(gdp1, gdp2, "GDP ratio"));
    }

    /// <summary>Adds dep_gap, dep_gap_abs, cinc_ratio, ln_cinc_ratio, gdp_ratio. Needs dep1/dep2 (see <see cref="TradeDependence"/>).</summary>
    public static Frame AddColumns(Frame frame, string cinc1Column, string cinc2Column, string gdp1Column, string gdp2Column)
    {
        const string hint = "add trade dependence (TradeDependence.AddColumns), CINC (capabilities step) and GDP to the panel";
        var d1 = RequiredColumns.Numeric(frame, TradeDependence.Dep1, "Power asymmetry", hint);
        var d2 = RequiredColumns.Numeric(frame, TradeDependence.Dep2, "Power asymmetry", hint);
        var c1 = RequiredColumns.Numeric(frame, cinc1Column, "Power asymmetry", hint);
        var c2 = RequiredColumns.Numeric(frame, cinc2Column, "Power asymmetry", hint);
        var g1 = RequiredColumns.Numeric(frame, gdp1Column, "Power asymmetry", hint);
        var g2 = RequiredColumns.Numeric(frame, gdp2Column, "Power asymmetry", hint);
        var n = frame.RowCount;
        double[] gap = new double[n], abs = new double[n], cr = new double[n], lcr = new double[n], gr = new double[n];
        for (var r = 0; r < n; r++)
        {
            var v = Compute(d1[r], d2[r], c1[r], c2[r], g1[r], g2[r]);
            (gap[r], abs[r], cr[r], lcr[r], gr[r]) = (v.DependenceGap, v.AbsDependenceGap, v.CapabilityRatio, v.LogCapabilityRatio, v.GdpRatio);
        }

        return RequiredColumns.AddAll(frame, new NumericColumn(DependenceGap, gap), new NumericColumn(AbsDependenceGap, abs),
            new NumericColumn(CapabilityRatio, cr), new NumericColumn(LogCapabilityRatio, lcr), new NumericColumn(GdpRatio, gr));
    }
}
