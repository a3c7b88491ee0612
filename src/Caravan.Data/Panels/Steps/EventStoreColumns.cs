using System.Globalization;
using Caravan.Data.Events;
using Caravan.Data.Events.Aggregation;
using Caravan.Data.Events.Engines;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// The events step's columns from a user's event store (<see cref="PanelSpec.EventStore"/>): per dataset in the
/// store, dyad-year counts by quad class, mean Goldstein, net cooperation and coverage, de-duplicated by event id,
/// directed for directed-dyad-year panels (1 = source), non-directed otherwise. A year the dataset covers (any slot
/// present) and the dyad has no event is 0; a year it does not cover is missing.
/// </summary>
internal static class EventStoreColumns
{
    private const string Cite = "Leetaru & Schrodt 2013 (GDELT); Boschee et al. 2015 (ICEWS); Goldstein 1992";

    public static (string Ctes, string Select, string Joins, IReadOnlyList<CodebookEntry> Codebook, string Note) Build(StepContext context, string storeDirectory)
    {
        var events = EventStore.Open(storeDirectory);
        var directed = context.Spec.Unit == Caravan.Core.Panels.PanelUnit.DirectedDyadYear;
        var spec = new AggregationSpec { Directed = directed, Dedup = EventDedup.EventId, Years = context.Spec.Years, FillZeros = false };
        IReadOnlyList<DyadAggregate> rows;
        IReadOnlyList<(string Dataset, int Year, long Present, long Possible)> coverage;
        using (var engine = new DuckDbEventEngine())
        {
            rows = EventAggregator.Run(events, spec, engine);
            coverage = EventAggregator.YearCoverage(events, engine);
        }

        var agg = context.Store.NewTempName("event_store_agg");
        var cov = context.Store.NewTempName("event_store_cov");
        DyadAggregateWriter.Load(context.Store.Connection, rows, agg);
        context.Store.Execute($"CREATE TEMP TABLE {CaravanStore.Quote(cov)} (dataset VARCHAR, year INTEGER, slots_present BIGINT, slots_possible BIGINT)");
        foreach (var c in coverage)
        {
            context.Store.Execute(string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO {CaravanStore.Quote(cov)} VALUES ({CaravanStore.Literal(c.Dataset)}, {c.Year}, {c.Present}, {c.Possible})"));
        }

        var datasets = events.Manifest.Files.Where(f => f.Format != "gdelt2-mentions" && f.Rows > 0)
            .Select(f => EventFormats.Dataset(EventFormats.Parse(f.Format))).Distinct().Order(StringComparer.Ordinal).ToList();
        var select = new List<string>();
        var joins = new List<string>();
        var codebook = new List<CodebookEntry>();
        var (k1, k2) = directed ? ("u.ccode1", "u.ccode2") : ("least(u.ccode1, u.ccode2)", "greatest(u.ccode1, u.ccode2)");
        var who = directed ? "from state 1 (source) to state 2 (target)" : "between the two states (either direction)";
        foreach (var ds in datasets)
        {
            var a = "ea_" + ds;
            var c = "ec_" + ds;
            joins.Add($"LEFT JOIN {CaravanStore.Quote(agg)} {a} ON {a}.dataset = '{ds}' AND {a}.ccode1 = {k1} AND {a}.ccode2 = {k2} AND {a}.year = u.year");
            joins.Add($"LEFT JOIN {CaravanStore.Quote(cov)} {c} ON {c}.dataset = '{ds}' AND {c}.year = u.year");
            var covered = $"{c}.slots_present > 0";
            foreach (var (col, desc) in new[]
            {
                ("events", "events"), ("verbal_coop", "verbal cooperation events (quad 1)"), ("material_coop", "material cooperation events (quad 2)"),
                ("verbal_conf", "verbal conflict events (quad 3)"), ("material_conf", "material conflict events (quad 4)"),
            })
            {
                select.Add($"CASE WHEN {covered} THEN coalesce({a}.{col}, 0) END AS ev_{ds}_{col}");
                codebook.Add(new($"ev_{ds}_{col}", $"{ds} {desc} {who} in the year, from the event store (one per event id); 0 where the year is covered and there is none, missing where no {ds} file covers the year", "count", "event store", Cite));
            }

            select.Add($"CASE WHEN {covered} THEN {a}.goldstein_mean END AS ev_{ds}_goldstein_mean");
            codebook.Add(new($"ev_{ds}_goldstein_mean", $"{ds} mean Goldstein score per event {who} (missing without events)", "Goldstein -10..10", "event store", Cite));
            select.Add($"CASE WHEN {covered} THEN {a}.net_coop END AS ev_{ds}_net_coop");
            codebook.Add(new($"ev_{ds}_net_coop", $"{ds} (cooperation - conflict) / events {who} (missing without events)", "-1..1", "event store", Cite));
            select.Add($"CAST({c}.slots_present AS DOUBLE) / {c}.slots_possible AS ev_{ds}_coverage");
            codebook.Add(new($"ev_{ds}_coverage", $"share of the year's {ds} publication slots present in the store (days; 15-minute files for gdelt2): compare years only together with it", "share 0-1", "event store", Cite));
        }

        var note = string.Create(CultureInfo.InvariantCulture,
            $"Event store {events.Directory}: {events.Manifest.Files.Count} ingested file(s), datasets {string.Join(", ", datasets)}; counts de-duplicated by event id, {(directed ? "directed" : "non-directed")}; see the ev_*_coverage columns.");
        return (string.Empty, string.Join(", ", select), string.Join("\n", joins), codebook, note);
    }
}
