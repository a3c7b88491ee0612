using Caravan.Data.Events;
using Caravan.Data.Events.Aggregation;
using Caravan.Data.Events.Engines;
using DuckDB.NET.Data;

namespace Caravan.Data.Tests.Events;

[Collection(SampleStoreCollection.Name)]
public sealed class EventIngestTests(SampleStoreFixture all)
{
    [Fact]
    public void Every_sample_row_is_ingested_with_its_format_and_none_is_malformed()
    {
        var r = all.Report;
        Assert.Equal(0, r.MalformedCount);
        Assert.Equal(["expected.csv", "expected.sh"], r.Unrecognised.Order(StringComparer.Ordinal)); // found in the folder, not event files: skipped
        long Rows(string name) => r.Added.Single(f => f.Name == name).Rows;
        Assert.Equal(EventSamples.Count("gdelt1_20130401_rows"), Rows("20130401.export.CSV.zip!20130401.export.CSV"));
        Assert.Equal(EventSamples.Count("gdelt1_events1_rows"), Rows("aamend-events1.csv.gz"));
        Assert.Equal(EventSamples.Count("gdelt1_reed_rows"), Rows("reed9999-events.csv.gz"));
        Assert.Equal(EventSamples.Count("gdelt2_20190121220000_rows"), Rows("20190121220000.export.CSV.zip!20190121220000.export.CSV"));
        Assert.Equal(EventSamples.Count("gdelt2_20250207143000_rows"), Rows("20250207143000.export.CSV.gz"));
        Assert.Equal(EventSamples.Count("gdelt2_mentions_rows"), Rows("aamend-mentions.csv.gz"));
        Assert.Equal("gdelt2-mentions", r.Added.Single(f => f.Name == "aamend-mentions.csv.gz").Format);
        Assert.Equal("gdelt1", r.Added.Single(f => f.Name == "aamend-events1.csv.gz").Format);
        var icews = r.Added.Where(f => f.Name.StartsWith("icews-2018-daily.zip!", StringComparison.Ordinal)).ToList();
        Assert.Equal(EventSamples.Count("icews_2018_files"), icews.Count);
        Assert.Equal(EventSamples.Count("icews_2018_rows"), icews.Sum(f => f.Rows));
        Assert.All(icews, f => Assert.Equal("icews", f.Format));
    }

    [Fact]
    public void Quirks_leading_space_trimmed_source_names_kept_and_57_column_rows_have_no_url()
    {
        var store = EventStore.Open(all.Directory);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        var from = DuckDbEventEngine.ParquetList(store.EventFiles);
        long Q(string where) => Convert.ToInt64(Scalar(db, $"SELECT count(*) FROM {from} WHERE {where}"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, Q("tgt_actor LIKE ' %' OR src_actor LIKE ' %'"));
        Assert.True(EventSamples.Count("gdelt1_20130401_actor2code_leading_space") > 0);
        Assert.Equal(EventSamples.Count("gdelt1_20130401_sourceurl_not_url"),
            Q("source_file = '20130401.export.CSV.zip!20130401.export.CSV' AND source_url NOT LIKE 'http%'"));
        Assert.Equal(EventSamples.Count("gdelt1_events1_57cols") + EventSamples.Count("gdelt1_reed_57cols"),
            Q("source_file IN ('aamend-events1.csv.gz', 'reed9999-events.csv.gz') AND source_url IS NULL"));
        // The CAMEO mapping fills goldstein_cameo; for GDELT it equals the file's own GoldsteinScale.
        Assert.Equal(0, Q("dataset <> 'icews' AND goldstein_cameo IS NOT NULL AND abs(goldstein_cameo - goldstein) > 1e-9"));
        Assert.True(Q("goldstein_cameo IS NOT NULL") > 100_000);
        // Partitions: dataset and year of the event date.
        Assert.Contains(store.Manifest.EventParts, p => p.StartsWith("events/dataset=gdelt1/year=2013/", StringComparison.Ordinal));
        Assert.Contains(store.Manifest.EventParts, p => p.StartsWith("events/dataset=icews/year=2018/", StringComparison.Ordinal));
        Assert.Contains(store.Manifest.MentionParts, p => p.StartsWith("mentions/dataset=gdelt2/", StringComparison.Ordinal));
    }

    [Fact]
    public void Unmapped_countries_are_counted_and_listed_and_the_central_asian_names_map()
    {
        var u = all.Report.UnmappedCountries;
        Assert.Contains("AFR", u.Keys); // a CAMEO region, not a state
        Assert.Contains("Hong Kong", u.Keys);
        Assert.DoesNotContain("Kazakhstan", u.Keys);
        Assert.DoesNotContain("KAZ", u.Keys);
        Assert.DoesNotContain("Moldova, Republic of", u.Keys);
        Assert.All(u.Values, v => Assert.True(v > 0));
    }

    [Fact]
    public void Reingesting_the_same_files_adds_nothing_and_changes_no_aggregate()
    {
        var dir = EventSamples.TempDir("idem");
        try
        {
            var paths = new[] { EventSamples.File1("20130401.export.CSV.zip"), EventSamples.File1("aamend-events1.csv.gz") };
            var first = EventIngest.Run(dir, paths);
            var before = EventStore.Open(dir).Manifest;
            var again = EventIngest.Run(dir, paths);
            Assert.Empty(again.Added);
            Assert.Equal(2, again.AlreadyIngested.Count);
            var after = EventStore.Open(dir).Manifest;
            Assert.Equal(before.Parts, after.Parts);
            Assert.Equal(first.Events, after.Files.Sum(f => f.Rows));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Duplicate_event_ids_across_files_count_once_with_event_id_dedup()
    {
        var dir = EventSamples.TempDir("dedup");
        try
        {
            EventIngest.Run(dir, [EventSamples.File1("20130401.export.CSV.zip"), EventSamples.File1("aamend-events1.csv.gz")]);
            var store = EventStore.Open(dir);
            using var engine = new DuckDbEventEngine();
            engine.Attach(store);
            var spec = new AggregationSpec { Dedup = EventDedup.EventId };
            var sql = $"SELECT count(*) FROM ({engine.Dialect.FirstPer("event_id", engine.Events, "dataset, event_id", "slot DESC NULLS LAST, source_file DESC, line DESC")}) x";
            Assert.Equal(EventSamples.Count("gdelt1_daily_plus_events1_distinct_ids"), Convert.ToInt64(engine.Query(sql).Rows[0][0], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(EventSamples.Count("gdelt1_20130401_rows") + EventSamples.Count("gdelt1_events1_rows"), store.Manifest.Files.Sum(f => f.Rows));
            Assert.NotNull(spec);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static object? Scalar(DuckDBConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        return c.ExecuteScalar();
    }
}
