namespace Caravan.Core.Countries;

/// <summary>
/// Chooses among several candidate spans for a year. Rule: a span containing the year wins; among those
/// (a year of transition, e.g. Yemen 1990) the one starting latest, i.e. the state existing at the end of
/// that year. No year: the span reaching latest. No span containing the year: the nearest one.
/// </summary>
internal static class YearChoice
{
    public static T? Pick<T>(IEnumerable<T> candidates, int? year, Func<T, int> from, Func<T, int> to)
        where T : class
    {
        var list = candidates as IReadOnlyList<T> ?? candidates.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        if (year is null)
        {
            return list.OrderByDescending(to).ThenByDescending(from).First();
        }

        var y = year.Value;
        return list
            .OrderBy(c => y < from(c) ? (long)from(c) - y : y > to(c) ? (long)y - to(c) : 0)
            .ThenByDescending(from)
            .First();
    }
}
