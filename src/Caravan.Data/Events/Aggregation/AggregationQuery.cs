using System.Globalization;
using Caravan.Data.Events.Engines;

namespace Caravan.Data.Events.Aggregation;

/// <summary>
/// Builds the aggregation SQL once for both engines (dialect differences in <see cref="SqlDialect"/>):
/// event-id de-duplication → filters and dyad columns → dyad-day-code de-duplication → dyad-period counts and sums.
/// The engines return only counts and sums; means, shares and net cooperation are computed in one place
/// (<see cref="DyadAggregate"/>); ISO3 codes are those of the COW codes in the year (<see cref="Caravan.Core.Countries.CountryCodes.ToIso3"/>).
/// </summary>
internal static class AggregationQuery
{
    private const string Needed = "dataset, event_id, year, date, slot, src_cow, tgt_cow, src_state, tgt_state, is_root, cameo_code, quad_class, goldstein, goldstein_cameo, mentions, sources, articles, tone, source_file, line";

    public static string Events(AggregationSpec spec, SqlDialect d, string events)
    {
        var source = spec.Dedup == EventDedup.None
            ? $"(SELECT {Needed} FROM {events}{DatasetWhere(spec, " WHERE ")})"
            : "(" + d.FirstPer(Needed, $"{events}{DatasetWhere(spec, " WHERE ")}", "dataset, event_id", "slot DESC NULLS LAST, source_file DESC, line DESC") + ")";

        var where = new List<string> { "src_cow IS NOT NULL", "tgt_cow IS NOT NULL", "src_cow <> tgt_cow" };
        if (spec.States is { Count: > 0 } states)
        {
            where.Add($"src_cow IN ({Codes(states)}) AND tgt_cow IN ({Codes(states)})");
        }

        if (spec.With is { Count: > 0 } with)
        {
            where.Add($"(src_cow IN ({Codes(with)}) OR tgt_cow IN ({Codes(with)}))");
        }

        if (spec.Years is { } y)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"year BETWEEN {y.First} AND {y.Last}"));
        }

        if (spec.StateActorsOnly)
        {
            where.Add($"{d.IsTrue("src_state")} AND {d.IsTrue("tgt_state")}");
        }

        if (spec.MinMentions > 0)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"mentions >= {spec.MinMentions}"));
        }

        if (spec.MinSources > 0)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"sources >= {spec.MinSources}"));
        }

        if (spec.RootOnly)
        {
            where.Add(d.RootOrMissing("is_root"));
        }

        if (spec.Cameo.Count > 0)
        {
            where.Add("(" + string.Join(" OR ", spec.Cameo.Select(c => c.Sql())) + ")");
        }

        var (c1, c2) = spec.Directed ? ("src_cow", "tgt_cow") : ("least(src_cow, tgt_cow)", "greatest(src_cow, tgt_cow)");
        var month = d.Month("date");
        var filtered = $"""
            SELECT dataset, year, {month} AS month, date, {c1} AS ccode1, {c2} AS ccode2,
                   cameo_code, quad_class, {d.Double("goldstein")} AS goldstein, {d.Double("goldstein_cameo")} AS goldstein_cameo,
                   mentions, sources, articles, tone
            FROM {source} e
            WHERE {string.Join(" AND ", where)}
            """;
        if (spec.Dedup == EventDedup.DyadDayCode)
        {
            filtered = $"""
                SELECT dataset, year, month, date, ccode1, ccode2, cameo_code,
                       min(quad_class) AS quad_class, avg(goldstein) AS goldstein, avg(goldstein_cameo) AS goldstein_cameo,
                       {d.Int("sum(mentions)")} AS mentions, {d.Int("sum(sources)")} AS sources, {d.Int("sum(articles)")} AS articles, avg(tone) AS tone
                FROM ({filtered}) f
                GROUP BY dataset, year, month, date, ccode1, ccode2, cameo_code
                """;
        }

        var keys = Keys(spec.Period);
        return $"""
            SELECT dataset, ccode1, ccode2, {keys},
                   {d.Int("count(*)")} AS events,
                   {d.Int("sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END)")} AS q1,
                   {d.Int("sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END)")} AS q2,
                   {d.Int("sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END)")} AS q3,
                   {d.Int("sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END)")} AS q4,
                   sum(goldstein) AS goldstein_sum, {d.Int("count(goldstein)")} AS goldstein_n,
                   sum(goldstein_cameo) AS goldstein_cameo_sum, {d.Int("count(goldstein_cameo)")} AS goldstein_cameo_n,
                   {d.Int("sum(mentions)")} AS mentions, {d.Int("sum(sources)")} AS sources, {d.Int("sum(articles)")} AS articles,
                   sum(tone) AS tone_sum, {d.Int("count(tone)")} AS tone_n
            FROM ({filtered}) a
            GROUP BY dataset, ccode1, ccode2, {keys}
            ORDER BY dataset, ccode1, ccode2, {keys}
            """;
    }

    /// <summary>Distinct publication slots per dataset and period (all events, before any filter): the coverage.</summary>
    public static string Coverage(AggregationSpec spec, SqlDialect d, string events)
    {
        var day = d.SlotDate("slot");
        var where = new List<string> { "slot IS NOT NULL" };
        if (spec.Datasets.Count > 0)
        {
            where.Add(DatasetIn(spec));
        }

        if (spec.Years is { } y)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"{d.Year(day)} BETWEEN {y.First} AND {y.Last}"));
        }

        var keys = Keys(spec.Period);
        return $"""
            SELECT dataset, {keys}, {d.Int("count(DISTINCT slot)")} AS slots
            FROM (SELECT dataset, slot, {d.Year(day)} AS year, {d.Month(day)} AS month, {day} AS date FROM {events} WHERE {string.Join(" AND ", where)}) s
            GROUP BY dataset, {keys}
            ORDER BY dataset, {keys}
            """;
    }

    private static string Keys(DyadPeriod p) => p switch
    {
        DyadPeriod.Year => "year",
        DyadPeriod.Month => "year, month",
        _ => "year, month, date",
    };

    private static string DatasetWhere(AggregationSpec spec, string prefix) => spec.Datasets.Count == 0 ? string.Empty : prefix + DatasetIn(spec);

    private static string DatasetIn(AggregationSpec spec) =>
        "dataset IN (" + string.Join(", ", spec.Datasets.Select(s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";

    private static string Codes(IEnumerable<int> codes) => string.Join(", ", codes.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
