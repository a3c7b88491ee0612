using System.Globalization;
using Caravan.Data.Events.Engines;

namespace Caravan.Data.Events.Aggregation;

/// <summary><c>caravan events aggregate</c>: dyad-period measures from the event store on the chosen engine.</summary>
public static class EventAggregator
{
    /// <summary>Runs the aggregation on an engine; the result is ordered by dataset, dyad and period.</summary>
    internal static IReadOnlyList<DyadAggregate> Run(EventStore store, AggregationSpec spec, IEventEngine engine)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        engine.Attach(store);
        var events = engine.Query(AggregationQuery.Events(spec, engine.Dialect, engine.Events));
        var coverage = engine.Query(AggregationQuery.Coverage(spec, engine.Dialect, engine.Events));

        var slots = new Dictionary<(string, int, int?, DateOnly?), long>();
        var datasetsWithSlots = new HashSet<string>(StringComparer.Ordinal);
        var ci = (Ds: coverage.Index("dataset"), Y: coverage.Index("year"), S: coverage.Index("slots"));
        foreach (var r in coverage.Rows)
        {
            var key = Key(r, coverage, spec.Period);
            slots[key] = Long(r[ci.S]);
            datasetsWithSlots.Add(key.Item1);
        }

        var result = new Dictionary<(string, int, int, int, int?, DateOnly?), DyadAggregate>();
        var iso3 = new Dictionary<(int, int), string?>();
        string? Iso3(int cow, int year)
        {
            if (!iso3.TryGetValue((cow, year), out var code))
            {
                code = Caravan.Core.Countries.CountryCodes.ToIso3(cow, year)
                    ?? (Caravan.Core.Countries.CountryCodes.TryResolve("cow:" + cow.ToString(CultureInfo.InvariantCulture), year, out var c) ? c?.Iso3 : null);
                iso3[(cow, year)] = code;
            }

            return code;
        }

        int I(string n) => events.Index(n);
        foreach (var r in events.Rows)
        {
            var (ds, y, m, d) = Key(r, events, spec.Period);
            var c1 = (int)Long(r[I("ccode1")]);
            var c2 = (int)Long(r[I("ccode2")]);
            long? present = slots.TryGetValue((ds, y, m, d), out var p) ? p : datasetsWithSlots.Contains(ds) ? 0 : null;
            result[(ds, c1, c2, y, m, d)] = new DyadAggregate(
                ds, c1, c2, Iso3(c1, y), Iso3(c2, y), y, m, d,
                Long(r[I("events")]), Long(r[I("q1")]), Long(r[I("q2")]), Long(r[I("q3")]), Long(r[I("q4")]),
                Dbl(r[I("goldstein_sum")]), Long(r[I("goldstein_n")]), Dbl(r[I("goldstein_cameo_sum")]), Long(r[I("goldstein_cameo_n")]),
                NLong(r[I("mentions")]), NLong(r[I("sources")]), NLong(r[I("articles")]),
                Dbl(r[I("tone_sum")]), Long(r[I("tone_n")]),
                present, Possible(ds, spec.Period, y, m, d));
        }

        if (spec.FillZeros && spec.States is { Count: > 1 } states)
        {
            var codes = states.Order().ToList();
            foreach (var ((ds, y, m, d), present) in slots)
            {
                if (present == 0)
                {
                    continue;
                }

                foreach (var a in codes)
                {
                    foreach (var b in codes)
                    {
                        if (a == b || (!spec.Directed && a > b) || result.ContainsKey((ds, a, b, y, m, d)))
                        {
                            continue;
                        }

                        result[(ds, a, b, y, m, d)] = new DyadAggregate(
                            ds, a, b, Iso3(a, y), Iso3(b, y), y, m, d,
                            0, 0, 0, 0, 0, 0, 0, 0, 0, ds == "icews" ? null : 0, ds == "icews" ? null : 0, ds == "icews" ? null : 0, 0, 0,
                            present, Possible(ds, spec.Period, y, m, d));
                    }
                }
            }
        }

        return result.Values
            .OrderBy(x => x.Dataset, StringComparer.Ordinal).ThenBy(x => x.Ccode1).ThenBy(x => x.Ccode2)
            .ThenBy(x => x.Year).ThenBy(x => x.Month).ThenBy(x => x.Date)
            .ToList();
    }

    /// <summary>Runs on a fresh engine of the given kind (ClickHouse: <paramref name="clickHouseUrl"/>).</summary>
    public static IReadOnlyList<DyadAggregate> Run(EventStore store, AggregationSpec spec, EngineKind kind, string? clickHouseUrl = null)
    {
        using IEventEngine engine = kind == EngineKind.DuckDb ? new DuckDbEventEngine() : new ClickHouseEventEngine(clickHouseUrl ?? ClickHouseSettings.DefaultUrl);
        return Run(store, spec, engine);
    }

    /// <summary>Slots present per dataset and year (all events of the store), with the slots a complete year has.</summary>
    internal static IReadOnlyList<(string Dataset, int Year, long Present, long Possible)> YearCoverage(EventStore store, IEventEngine engine)
    {
        engine.Attach(store);
        var t = engine.Query(AggregationQuery.Coverage(new AggregationSpec(), engine.Dialect, engine.Events));
        return t.Rows.Select(r =>
        {
            var (ds, y, _, _) = Key(r, t, DyadPeriod.Year);
            return (ds, y, Long(r[t.Index("slots")]), Possible(ds, DyadPeriod.Year, y, null, null));
        }).ToList();
    }

    /// <summary>Slots a complete period has: days × (96 for GDELT 2.0's 15-minute files, else 1 file a day).</summary>
    internal static long Possible(string dataset, DyadPeriod period, int year, int? month, DateOnly? date)
    {
        long perDay = dataset == "gdelt2" ? 96 : 1;
        long days = period switch
        {
            DyadPeriod.Year => DateTime.IsLeapYear(year) ? 366 : 365,
            DyadPeriod.Month => DateTime.DaysInMonth(year, month!.Value),
            _ => 1,
        };
        return days * perDay;
    }

    private static (string, int, int?, DateOnly?) Key(object?[] r, EngineResult t, DyadPeriod period)
    {
        var ds = (string)r[t.Index("dataset")]!;
        var y = (int)Long(r[t.Index("year")]);
        int? m = period == DyadPeriod.Year ? null : (int)Long(r[t.Index("month")]);
        DateOnly? d = period == DyadPeriod.Day ? AsDate(r[t.Index("date")]) : null;
        return (ds, y, m, d);
    }

    private static DateOnly AsDate(object? v) => v switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.FromDateTime(Convert.ToDateTime(v, CultureInfo.InvariantCulture)),
    };

    private static long Long(object? v) => v is null ? 0 : Convert.ToInt64(v, CultureInfo.InvariantCulture);

    private static long? NLong(object? v) => v is null ? null : Convert.ToInt64(v, CultureInfo.InvariantCulture);

    private static double Dbl(object? v) => v is null ? 0 : Convert.ToDouble(v, CultureInfo.InvariantCulture);
}
