using Caravan.Core.Frames;

namespace Caravan.Indicators;

/// <summary>One dyad-year's trade dependence (Oneal &amp; Russett 1997).</summary>
/// <param name="Dependence1">Bilateral trade / GDP of state 1.</param>
/// <param name="Dependence2">Bilateral trade / GDP of state 2.</param>
public sealed record TradeDependenceValue(double Dependence1, double Dependence2)
{
    /// <summary>The weak link: the smaller dependence (the less-constrained state's incentive for peace).</summary>
    public double WeakLink => double.IsNaN(Dependence1) || double.IsNaN(Dependence2) ? double.NaN : Math.Min(Dependence1, Dependence2);

    /// <summary>The more dependent side's dependence.</summary>
    public double Strong => double.IsNaN(Dependence1) || double.IsNaN(Dependence2) ? double.NaN : Math.Max(Dependence1, Dependence2);
}

/// <summary>
/// Bilateral trade dependence, Oneal &amp; Russett (1997):
/// <c>dependence_i = (exports_ij + imports_ij) / GDP_i</c>, with trade and GDP in the same currency unit
/// (Caravan: both in current US$ millions). The dyad is characterised by the weak link
/// <c>min(dependence_1, dependence_2)</c> and the stronger side <c>max(...)</c>.
/// Citation: Oneal, John R. and Bruce M. Russett. 1997. "The Classical Liberals Were Right: Democracy,
/// Interdependence, and Conflict, 1950–1985." International Studies Quarterly 41(2): 267–294.
/// Missing input (NaN) gives NaN; a negative trade flow or a non-positive GDP is an error.
/// </summary>
public static class TradeDependence
{
    public const string Dep1 = "dep1";
    public const string Dep2 = "dep2";
    public const string WeakLink = "dep_min";
    public const string Strong = "dep_max";

    /// <summary>Dependence of one state: bilateral trade / GDP.</summary>
    public static double Of(double bilateralTrade, double gdp)
    {
        if (double.IsNaN(bilateralTrade) || double.IsNaN(gdp))
        {
            return double.NaN;
        }

        if (bilateralTrade < 0)
        {
            throw new IndicatorInputException($"Trade dependence: bilateral trade {bilateralTrade} is negative.");
        }

        if (gdp <= 0)
        {
            throw new IndicatorInputException($"Trade dependence: GDP {gdp} is not positive.");
        }

        return bilateralTrade / gdp;
    }

    /// <summary>Both sides' dependence. Each side may use its own report of the bilateral flow (mirror data differ).</summary>
    public static TradeDependenceValue Compute(double trade1, double gdp1, double trade2, double gdp2) =>
        new(Of(trade1, gdp1), Of(trade2, gdp2));

    /// <summary>Both sides' dependence on one bilateral trade figure.</summary>
    public static TradeDependenceValue Compute(double trade, double gdp1, double gdp2) => Compute(trade, gdp1, trade, gdp2);

    /// <summary>Adds dep1, dep2, dep_min, dep_max to a dyad-year frame.</summary>
    /// <param name="frame">Dyad-year rows.</param>
    /// <param name="tradeColumn">Bilateral trade (exports + imports), e.g. "trade" in US$ millions.</param>
    /// <param name="gdp1Column">GDP of state 1 in the same unit as trade.</param>
    /// <param name="gdp2Column">GDP of state 2.</param>
    public static Frame AddColumns(Frame frame, string tradeColumn, string gdp1Column, string gdp2Column)
    {
        const string hint = "add bilateral trade and GDP to the panel (trade and GDP/population steps)";
        var trade = RequiredColumns.Numeric(frame, tradeColumn, "Trade dependence", hint);
        var g1 = RequiredColumns.Numeric(frame, gdp1Column, "Trade dependence", hint);
        var g2 = RequiredColumns.Numeric(frame, gdp2Column, "Trade dependence", hint);
        var n = frame.RowCount;
        double[] d1 = new double[n], d2 = new double[n], lo = new double[n], hi = new double[n];
        for (var r = 0; r < n; r++)
        {
            TradeDependenceValue v;
            try
            {
                v = Compute(trade[r], g1[r], g2[r]);
            }
            catch (IndicatorInputException e)
            {
                throw new IndicatorInputException($"Row {r} (columns {tradeColumn}, {gdp1Column}, {gdp2Column}): {e.Message}");
            }

            (d1[r], d2[r], lo[r], hi[r]) = (v.Dependence1, v.Dependence2, v.WeakLink, v.Strong);
        }

        return RequiredColumns.AddAll(frame, new NumericColumn(Dep1, d1), new NumericColumn(Dep2, d2),
            new NumericColumn(WeakLink, lo), new NumericColumn(Strong, hi));
    }
}
