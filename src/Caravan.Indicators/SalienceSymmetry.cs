using Caravan.Core.Frames;

namespace Caravan.Indicators;

/// <summary>One dyad-year's trade shares, salience, symmetry and interdependence (Barbieri 1996).</summary>
public sealed record SalienceSymmetryValue(double Share1, double Share2)
{
    /// <summary>Salience = √(share_1 · share_2).</summary>
    public double Salience => Math.Sqrt(Share1 * Share2);

    /// <summary>Symmetry = 1 − |share_1 − share_2|.</summary>
    public double Symmetry => 1 - Math.Abs(Share1 - Share2);

    /// <summary>Interdependence = salience × symmetry.</summary>
    public double Interdependence => Salience * Symmetry;
}

/// <summary>
/// Trade shares, salience, symmetry and interdependence, Barbieri (1996):
/// <c>share_i = trade_ij / total_trade_i</c> (total trade = exports + imports with the world);
/// <c>salience = √(share_i · share_j)</c>; <c>symmetry = 1 − |share_i − share_j|</c>;
/// <c>interdependence = salience × symmetry</c>. Shares are fractions (0–1).
/// Citation: Barbieri, Katherine. 1996. "Economic Interdependence: A Path to Peace or a Source of
/// Interstate Conflict?" Journal of Peace Research 33(1): 29–49.
/// NaN in gives NaN out; a share above 1 (bilateral trade larger than total trade) is an error, since it
/// means the numerator and denominator come from inconsistent sources.
/// </summary>
public static class SalienceSymmetry
{
    public const string Share1 = "share1";
    public const string Share2 = "share2";
    public const string Salience = "salience";
    public const string Symmetry = "symmetry";
    public const string Interdependence = "interdependence";

    /// <summary>Tolerance for shares a hair above 1 from rounding in the sources.</summary>
    private const double ShareTolerance = 1e-9;

    public static double Share(double bilateralTrade, double totalTrade)
    {
        if (double.IsNaN(bilateralTrade) || double.IsNaN(totalTrade))
        {
            return double.NaN;
        }

        if (bilateralTrade < 0 || totalTrade < 0)
        {
            throw new IndicatorInputException($"Trade share: negative trade ({bilateralTrade} of {totalTrade}).");
        }

        if (totalTrade == 0)
        {
            return bilateralTrade == 0 ? double.NaN : throw new IndicatorInputException(
                $"Trade share: bilateral trade {bilateralTrade} with zero total trade.");
        }

        var s = bilateralTrade / totalTrade;
        return s > 1 + ShareTolerance
            ? throw new IndicatorInputException(
                $"Trade share: bilateral trade {bilateralTrade} exceeds total trade {totalTrade}; numerator and denominator come from inconsistent sources.")
            : Math.Min(s, 1);
    }

    public static SalienceSymmetryValue Compute(double trade1, double total1, double trade2, double total2) =>
        new(Share(trade1, total1), Share(trade2, total2));

    /// <summary>Adds share1, share2, salience, symmetry, interdependence.</summary>
    public static Frame AddColumns(Frame frame, string tradeColumn, string total1Column, string total2Column)
    {
        const string hint = "add bilateral trade and each state's total trade (trade step) to the panel";
        var t = RequiredColumns.Numeric(frame, tradeColumn, "Salience/symmetry", hint);
        var a = RequiredColumns.Numeric(frame, total1Column, "Salience/symmetry", hint);
        var b = RequiredColumns.Numeric(frame, total2Column, "Salience/symmetry", hint);
        var n = frame.RowCount;
        double[] s1 = new double[n], s2 = new double[n], sal = new double[n], sym = new double[n], inter = new double[n];
        for (var r = 0; r < n; r++)
        {
            SalienceSymmetryValue v;
            try
            {
                v = Compute(t[r], a[r], t[r], b[r]);
            }
            catch (IndicatorInputException e)
            {
                throw new IndicatorInputException($"Row {r} (columns {tradeColumn}, {total1Column}, {total2Column}): {e.Message}");
            }

            (s1[r], s2[r], sal[r], sym[r], inter[r]) = (v.Share1, v.Share2, v.Salience, v.Symmetry, v.Interdependence);
        }

        return RequiredColumns.AddAll(frame, new NumericColumn(Share1, s1), new NumericColumn(Share2, s2),
            new NumericColumn(Salience, sal), new NumericColumn(Symmetry, sym), new NumericColumn(Interdependence, inter));
    }
}
