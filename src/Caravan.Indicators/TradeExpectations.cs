using Caravan.Core.Frames;

namespace Caravan.Indicators;

/// <summary>One dyad-year of the trade-expectations index.</summary>
/// <param name="Trend">OLS slope of ln(dependence) on year over the window, capped (log points per year).</param>
/// <param name="Commitment">Institutional commitment signal in [0, 1].</param>
/// <param name="Expectations">E = Horizon·Trend + CommitmentEffect·Commitment + Shock (log points of expected change in dependence).</param>
/// <param name="ExpectedDependence">dependence·exp(E): the dependence the states expect Horizon years ahead.</param>
public sealed record TradeExpectationsValue(double Trend, double Commitment, double Expectations, double ExpectedDependence);

/// <summary>
/// An operational index of expected future trade, after Copeland (2015), <i>Economic Interdependence and War</i>
/// (Princeton University Press). Copeland argues that high dependence restrains states when they expect trade to
/// continue and pushes them to conflict when they expect it to be cut. Expectations are not observed; this index
/// assumes states extrapolate recent trends and read institutional commitments as signals that trade will continue:
/// <list type="bullet">
/// <item><c>Trend_t</c> = OLS slope of ln(dependence) on year over the last <c>Window</c> years (≥ <c>MinObservations</c> positive values), capped at ±<c>GrowthCap</c>;</item>
/// <item><c>Commitment_t</c> = <c>ScoWeight</c>·SCO co-membership + <c>IgoWeight</c>·tanh(shared IGOs / <c>IgoScale</c>), in [0, 1];</item>
/// <item><c>E_t</c> = <c>Horizon</c>·Trend_t + <c>CommitmentEffect</c>·Commitment_t + Shock_t (log points);</item>
/// <item>expected dependence = dependence_t·exp(E_t); Copeland's key term is weak-link dependence × E_t.</item>
/// </list>
/// Shocks (a trade war, sanctions, a third party's pressure) are not in the data: they enter as scenario inputs
/// (e.g. Shock = −0.5 ≈ expecting trade to fall by 40%). Defaults: Window 5, MinObservations 3, Horizon 3,
/// GrowthCap 0.5, ScoWeight 0.5, IgoWeight 0.5, IgoScale 30, CommitmentEffect 0.2.
/// </summary>
public static class TradeExpectations
{
    public const string Trend = "texp_trend";
    public const string Commitment = "texp_commit";
    public const string Expectations = "texp";
    public const string ExpectedDependence = "texp_dep";

    /// <summary>Computes the index along one dyad's yearly series (years ascending, consecutive or with gaps).</summary>
    public static IReadOnlyList<TradeExpectationsValue> ComputeSeries(
        IReadOnlyList<int> years, IReadOnlyList<double> dependence, IReadOnlyList<double> sco,
        IReadOnlyList<double> sharedIgos, IReadOnlyList<double>? shock, TradeExpectationsOptions options)
    {
        options.Validate();
        var n = years.Count;
        if (dependence.Count != n || sco.Count != n || sharedIgos.Count != n || (shock is not null && shock.Count != n))
        {
            throw new IndicatorInputException("Trade expectations: years, dependence, SCO, IGO and shock series differ in length.");
        }

        var output = new TradeExpectationsValue[n];
        for (var t = 0; t < n; t++)
        {
            if (t > 0 && years[t] <= years[t - 1])
            {
                throw new IndicatorInputException($"Trade expectations: years not ascending at {years[t - 1]} → {years[t]}.");
            }

            var trend = RollingTrend(years, dependence, t, options);
            var commit = CommitmentSignal(sco[t], sharedIgos[t], options);
            var e = options.Horizon * trend + options.CommitmentEffect * commit + (shock?[t] ?? 0.0);
            output[t] = new TradeExpectationsValue(trend, commit, e, dependence[t] * Math.Exp(e));
        }

        return output;
    }

    /// <summary>Commitment signal: ScoWeight·SCO + IgoWeight·tanh(IGOs/IgoScale). NaN SCO or IGOs gives NaN.</summary>
    public static double CommitmentSignal(double sco, double sharedIgos, TradeExpectationsOptions options)
    {
        if (double.IsNaN(sco) || double.IsNaN(sharedIgos))
        {
            return double.NaN;
        }

        if (sco is not (0 or 1) || sharedIgos < 0)
        {
            throw new IndicatorInputException($"Trade expectations: SCO co-membership must be 0/1 (got {sco}) and shared IGOs ≥ 0 (got {sharedIgos}).");
        }

        return options.ScoWeight * sco + options.IgoWeight * Math.Tanh(sharedIgos / options.IgoScale);
    }

    /// <summary>Capped OLS slope of ln(dependence) on year over years (year_t − Window, year_t].</summary>
    public static double RollingTrend(IReadOnlyList<int> years, IReadOnlyList<double> dependence, int t, TradeExpectationsOptions options)
    {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        var k = 0;
        for (var s = t; s >= 0 && years[s] > years[t] - options.Window; s--)
        {
            var d = dependence[s];
            if (double.IsNaN(d) || d <= 0)
            {
                continue;
            }

            double x = years[s] - years[t], y = Math.Log(d);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            k++;
        }

        if (k < options.MinObservations)
        {
            return double.NaN;
        }

        var slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
        return Math.Clamp(slope, -options.GrowthCap, options.GrowthCap);
    }

    /// <summary>Adds texp_trend, texp_commit, texp, texp_dep to a dyad-year frame, series by series within each dyad.</summary>
    public static Frame AddColumns(Frame frame, string dyadColumn, string yearColumn, string dependenceColumn,
        string scoColumn, string igoColumn, TradeExpectationsOptions options, string? shockColumn = null)
    {
        const string hint = "add trade dependence, SCO co-membership and shared IGOs (IGO step) to the panel";
        var dyad = RequiredColumns.Numeric(frame, dyadColumn, "Trade expectations", "a numeric dyad id");
        var year = RequiredColumns.Numeric(frame, yearColumn, "Trade expectations", "the year column");
        var dep = RequiredColumns.Numeric(frame, dependenceColumn, "Trade expectations", hint);
        var sco = RequiredColumns.Numeric(frame, scoColumn, "Trade expectations", hint);
        var igo = RequiredColumns.Numeric(frame, igoColumn, "Trade expectations", hint);
        var shock = shockColumn is null ? null : RequiredColumns.Numeric(frame, shockColumn, "Trade expectations", "a scenario shock column");
        var n = frame.RowCount;
        double[] tr = new double[n], cm = new double[n], ex = new double[n], ed = new double[n];
        var order = Enumerable.Range(0, n).OrderBy(r => dyad[r]).ThenBy(r => year[r]).ToArray();
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end < n && dyad[order[end]] == dyad[order[start]])
            {
                end++;
            }

            var rows = order[start..end];
            var v = ComputeSeries(rows.Select(r => (int)year[r]).ToArray(), rows.Select(r => dep[r]).ToArray(),
                rows.Select(r => sco[r]).ToArray(), rows.Select(r => igo[r]).ToArray(),
                shock is null ? null : rows.Select(r => shock[r]).ToArray(), options);
            for (var i = 0; i < rows.Length; i++)
            {
                (tr[rows[i]], cm[rows[i]], ex[rows[i]], ed[rows[i]]) = (v[i].Trend, v[i].Commitment, v[i].Expectations, v[i].ExpectedDependence);
            }

            start = end;
        }

        return RequiredColumns.AddAll(frame, new NumericColumn(Trend, tr), new NumericColumn(Commitment, cm),
            new NumericColumn(Expectations, ex), new NumericColumn(ExpectedDependence, ed));
    }
}
