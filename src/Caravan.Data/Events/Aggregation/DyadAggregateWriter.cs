using Caravan.Data.Exports;
using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Data.Events.Aggregation;

/// <summary>Writes aggregates to .csv, .parquet or .dta (by extension) with a codebook beside it, atomically.</summary>
public static class DyadAggregateWriter
{
    private const string Source = "caravan events aggregate";

    public static void Write(IReadOnlyList<DyadAggregate> rows, AggregationSpec spec, string path)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(spec);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        Load(db, rows, "agg");
        var select = spec.Period switch
        {
            DyadPeriod.Year => "SELECT * EXCLUDE (month, date) FROM agg",
            DyadPeriod.Month => "SELECT * EXCLUDE (date) FROM agg",
            _ => "SELECT * FROM agg",
        };
        var codebook = Codebook(spec).Where(c => spec.Period switch
        {
            DyadPeriod.Year => c.Variable is not ("month" or "date"),
            DyadPeriod.Month => c.Variable != "date",
            _ => true,
        }).ToList();
        PanelExporter.Write(db, select, path, codebook);
    }

    /// <summary>Loads aggregates into a DuckDB table (columns in codebook order).</summary>
    internal static void Load(DuckDBConnection db, IReadOnlyList<DyadAggregate> rows, string table)
    {
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = $"""
                CREATE TABLE {table} (dataset VARCHAR, ccode1 INTEGER, ccode2 INTEGER, iso3_1 VARCHAR, iso3_2 VARCHAR, year INTEGER, month INTEGER, date DATE,
                  events BIGINT, verbal_coop BIGINT, material_coop BIGINT, verbal_conf BIGINT, material_conf BIGINT,
                  goldstein_sum DOUBLE, goldstein_mean DOUBLE, goldstein_cameo_sum DOUBLE, goldstein_cameo_mean DOUBLE,
                  net_coop DOUBLE, net_material_coop DOUBLE, mentions BIGINT, sources BIGINT, articles BIGINT, tone_mean DOUBLE,
                  slots_present BIGINT, slots_possible BIGINT, coverage DOUBLE)
                """;
            cmd.ExecuteNonQuery();
        }

        using var app = db.CreateAppender(table);
        foreach (var r in rows)
        {
            var row = app.CreateRow();
            row.AppendValue(r.Dataset).AppendValue(r.Ccode1).AppendValue(r.Ccode2).AppendValue(r.Iso3Of1).AppendValue(r.Iso3Of2)
                .AppendValue(r.Year).AppendValue(r.Month).AppendValue(r.Date)
                .AppendValue(r.Events).AppendValue(r.VerbalCooperation).AppendValue(r.MaterialCooperation).AppendValue(r.VerbalConflict).AppendValue(r.MaterialConflict)
                .AppendValue(r.GoldsteinSum).AppendValue(r.GoldsteinMean).AppendValue(r.GoldsteinCameoSum).AppendValue(r.GoldsteinCameoMean)
                .AppendValue(r.NetCooperation).AppendValue(r.NetMaterialCooperation).AppendValue(r.Mentions).AppendValue(r.Sources).AppendValue(r.Articles)
                .AppendValue(r.ToneMean).AppendValue(r.SlotsPresent).AppendValue(r.SlotsPossible).AppendValue(r.Coverage);
            row.EndRow();
        }
    }

    internal static IReadOnlyList<CodebookEntry> Codebook(AggregationSpec spec)
    {
        var dyad = spec.Directed ? "directed: 1 = source actor's state, 2 = target's" : "non-directed: 1 = the lower COW code";
        var dedup = spec.Dedup switch
        {
            EventDedup.None => "no de-duplication",
            EventDedup.EventId => "one row per event id (latest version)",
            _ => "one row per event id, then one event per dyad-day-CAMEO code",
        };
        var cite = "Leetaru & Schrodt 2013 (GDELT); Boschee et al. 2015 (ICEWS); Goldstein 1992";
        CodebookEntry E(string v, string d, string u) => new(v, d, u, Source, cite);
        return
        [
            E("dataset", "gdelt1, gdelt2 or icews (never mixed in a row)", "text"),
            E("ccode1", $"COW code of state 1 ({dyad})", "COW code"),
            E("ccode2", "COW code of state 2", "COW code"),
            E("iso3_1", "ISO3 of state 1", "ISO3"),
            E("iso3_2", "ISO3 of state 2", "ISO3"),
            E("year", "year of the event date", "year"),
            E("month", "month of the event date", "1-12"),
            E("date", "event date", "date"),
            E("events", $"events of the dyad in the period ({dedup}); 0 only where the period is covered; missing never appears: see coverage", "count"),
            E("verbal_coop", "events of quad class 1 (verbal cooperation)", "count"),
            E("material_coop", "events of quad class 2 (material cooperation)", "count"),
            E("verbal_conf", "events of quad class 3 (verbal conflict)", "count"),
            E("material_conf", "events of quad class 4 (material conflict)", "count"),
            E("goldstein_sum", "sum of the dataset's Goldstein scores (GDELT GoldsteinScale, ICEWS Intensity)", "Goldstein -10..10"),
            E("goldstein_mean", "mean Goldstein score per event", "Goldstein -10..10"),
            E("goldstein_cameo_sum", "sum of the CAMEO-code Goldstein weights (data/cameo_goldstein.parquet, the dataset's mapping)", "Goldstein -10..10"),
            E("goldstein_cameo_mean", "mean CAMEO-code Goldstein weight", "Goldstein -10..10"),
            E("net_coop", "(verbal_coop + material_coop - verbal_conf - material_conf) / events: net cooperation normalised by volume", "-1..1"),
            E("net_material_coop", "(material_coop - material_conf) / events", "-1..1"),
            E("mentions", "sum of GDELT NumMentions (ICEWS: missing)", "count"),
            E("sources", "sum of GDELT NumSources (ICEWS: missing)", "count"),
            E("articles", "sum of GDELT NumArticles (ICEWS: missing)", "count"),
            E("tone_mean", "mean GDELT AvgTone (ICEWS: missing)", "tone"),
            E("slots_present", "publication slots of the dataset present in the store in the period (days for GDELT 1.0 and ICEWS daily files, 15-minute files for GDELT 2.0); missing when the dataset has no slots (ICEWS yearly files)", "count"),
            E("slots_possible", "slots a complete period has (days x 96 for GDELT 2.0, days otherwise)", "count"),
            E("coverage", "slots_present / slots_possible: compare periods only together with it; a period at 0 is unknown, not peaceful", "share 0-1"),
        ];
    }
}
