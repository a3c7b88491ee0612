namespace Caravan.Indicators;

/// <summary>
/// Event-based net cooperation between two states, normalised for how much each state is in the news.
/// <para>ICEWS (Boschee et al. 2015, doi:10.7910/DVN/28075), 2002–2014: net = (verbal + material cooperation) −
/// (verbal + material conflict), summed over both directions; also the verbal and material parts separately.
/// Volume_i = all of state i's events as source with every partner that year.</para>
/// <para>GDELT 2.0 (Leetaru &amp; Schrodt 2013), 2018–2024: net = the year's sum of the undirected daily edge scores
/// (Goldstein-type, coverage-weighted); Volume_i = Σ |edge score| of state i with every partner over the year.</para>
/// <para>Normalised = 1000 · net / (Volume_i + Volume_j): net cooperation per 1,000 units of the two states' event
/// volume, so growth of news coverage over time does not masquerade as growth of cooperation. The two sources are on
/// different scales and are never spliced; 2015–2017 (no source) stays NaN — never 0. GDELT coverage = days present /
/// days in the year (2024 runs to 23 February only).</para>
/// </summary>
public static class EventNetCooperation
{
    /// <summary>The first and last years each source covers.</summary>
    public static (int First, int Last) Coverage(EventSource source) => source switch
    {
        EventSource.Icews => (2002, 2014),
        EventSource.Gdelt => (2018, 2024),
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    /// <summary>ICEWS net cooperation for one undirected dyad-year.</summary>
    /// <param name="iToJ">Counts with i as source and j as target.</param>
    /// <param name="jToI">Counts with j as source and i as target.</param>
    /// <param name="volumeI">All of i's events as source that year (all partners).</param>
    /// <param name="volumeJ">All of j's events as source that year.</param>
    public static NetCooperationValue Icews(int year, IcewsQuadCounts iToJ, IcewsQuadCounts jToI, double volumeI, double volumeJ)
    {
        RequireInside(EventSource.Icews, year);
        var s = iToJ + jToI;
        if (volumeI < s.Total / 2 - 1e-9 && volumeJ < s.Total / 2 - 1e-9)
        {
            throw new IndicatorInputException($"ICEWS {year}: the states' total volumes ({volumeI}, {volumeJ}) are below their bilateral events ({s.Total}).");
        }

        var net = s.VerbalCooperation + s.MaterialCooperation - s.VerbalConflict - s.MaterialConflict;
        var vol = volumeI + volumeJ;
        return new NetCooperationValue(year, EventSource.Icews, net,
            s.VerbalCooperation - s.VerbalConflict, s.MaterialCooperation - s.MaterialConflict,
            vol > 0 ? 1000 * net / vol : double.NaN, 1.0);
    }

    /// <summary>GDELT net cooperation for one undirected dyad-year.</summary>
    /// <param name="sumEdge">Sum of the pair's daily edge scores over the days present.</param>
    /// <param name="volumeI">Σ |edge| of state i with all partners over the year.</param>
    /// <param name="volumeJ">Σ |edge| of state j with all partners over the year.</param>
    /// <param name="daysPresent">Days of the year with a GDELT matrix.</param>
    public static NetCooperationValue Gdelt(int year, double sumEdge, double volumeI, double volumeJ, int daysPresent)
    {
        RequireInside(EventSource.Gdelt, year);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        if (daysPresent < 0 || daysPresent > days)
        {
            throw new IndicatorInputException($"GDELT {year}: {daysPresent} days present is outside 0–{days}.");
        }

        if (daysPresent == 0)
        {
            return Missing(year);
        }

        var vol = volumeI + volumeJ;
        return new NetCooperationValue(year, EventSource.Gdelt, sumEdge, double.NaN, double.NaN,
            vol > 0 ? 1000 * sumEdge / vol : double.NaN, (double)daysPresent / days);
    }

    /// <summary>A year no source covers: every value NaN, coverage 0.</summary>
    public static NetCooperationValue Missing(int year) =>
        new(year, null, double.NaN, double.NaN, double.NaN, double.NaN, 0.0);

    /// <summary>Which source covers a year, if any (2015–2017: none).</summary>
    public static EventSource? SourceFor(int year) =>
        year is >= 2002 and <= 2014 ? EventSource.Icews : year is >= 2018 and <= 2024 ? EventSource.Gdelt : null;

    private static void RequireInside(EventSource source, int year)
    {
        var (a, b) = Coverage(source);
        if (year < a || year > b)
        {
            throw new IndicatorInputException($"{source} covers {a}–{b}; {year} is outside it (use EventNetCooperation.Missing for uncovered years).");
        }
    }
}
