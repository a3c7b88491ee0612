namespace Caravan.Indicators;

/// <summary>
/// Peace measures on a dyad's yearly series.
/// <list type="bullet">
/// <item>MID onset: 1 in a year a new militarized interstate dispute begins between the two states (COW MID 5.0,
/// Palmer et al. 2022), else 0. Fatal MID onset: onset with fatality level ≥ 1 (at least one battle death).</item>
/// <item>Peace-years: years since the last onset (or since the dyad entered the data); an onset year carries the
/// length of the spell it ends and the year after an onset is 0 — the btscs convention of Beck, Katz &amp; Tucker
/// (1998).</item>
/// <item>UCDP conflict: 1 if the UCDP/PRIO Armed Conflict Dataset records an interstate conflict-year between the
/// two states (Gleditsch et al. 2002; Davies et al.).</item>
/// </list>
/// </summary>
public static class PeaceMeasures
{
    /// <summary>Fatal MID onset: onset = 1 and fatality level ≥ 1 (MID fatality codes: 0 none, 1: 1–25 deaths, …, −9 unknown → NaN).</summary>
    public static double FatalOnset(double onset, double fatality)
    {
        if (double.IsNaN(onset))
        {
            return double.NaN;
        }

        if (onset is not (0 or 1))
        {
            throw new IndicatorInputException($"MID onset must be 0/1; got {onset}.");
        }

        if (onset == 0)
        {
            return 0;
        }

        return double.IsNaN(fatality) || fatality < 0 ? double.NaN : fatality >= 1 ? 1 : 0;
    }

    /// <summary>Peace-years along one dyad's consecutive yearly onset series (years ascending, no gaps).</summary>
    public static int[] PeaceYears(IReadOnlyList<int> years, IReadOnlyList<double> onset)
    {
        if (years.Count != onset.Count)
        {
            throw new IndicatorInputException("Peace-years: years and onsets differ in length.");
        }

        var result = new int[years.Count];
        var clock = 0;
        for (var t = 0; t < years.Count; t++)
        {
            if (t > 0 && years[t] != years[t - 1] + 1)
            {
                throw new IndicatorInputException($"Peace-years: the series jumps from {years[t - 1]} to {years[t]}; fill the gap first.");
            }

            result[t] = clock;
            clock = onset[t] == 1 ? 0 : clock + 1;
        }

        return result;
    }

    /// <summary>Number of onsets in a series (a count that the China–Central Asia report states plainly: 0 in the data).</summary>
    public static int CountOnsets(IEnumerable<double> onset) => onset.Count(o => o == 1);
}
