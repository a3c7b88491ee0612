using Caravan.Data.Events;
using Caravan.Data.Events.Aggregation;
using Caravan.Data.Events.Engines;

namespace Caravan.Data.Tests.Events;

[Collection(SampleStoreCollection.Name)]
public sealed class EventAggregationTests(SampleStoreFixture all)
{
    private const int China = 710, Kazakhstan = 705, Tajikistan = 702;

    private static readonly HashSet<int> ChinaCentralAsia = [710, 705, 703, 702, 701, 704];

    [Fact]
    public void China_Kazakhstan_in_the_complete_2013_04_01_daily_file_match_the_awk_counts()
    {
        var dir = EventSamples.TempDir("g1");
        try
        {
            EventIngest.Run(dir, [EventSamples.File1("20130401.export.CSV.zip")]);
            var store = EventStore.Open(dir);
            var rows = EventAggregator.Run(store, new AggregationSpec { With = new HashSet<int> { China } }, EngineKind.DuckDb)
                .Where(r => r.Ccode1 == Kazakhstan && r.Ccode2 == China).ToList();
            Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_kaz"), rows.Sum(r => r.Events));
            Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_kaz_q1"), rows.Sum(r => r.VerbalCooperation));
            Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_kaz_q4"), rows.Sum(r => r.MaterialConflict));
            Assert.Equal(EventSamples.Expected["gdelt1_20130401_chn_kaz_goldstein_sum"], rows.Sum(r => r.GoldsteinSum), 1e-9);
            Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_kaz_mentions"), rows.Sum(r => r.Mentions ?? 0));

            var directed = EventAggregator.Run(store, new AggregationSpec { Directed = true, States = new HashSet<int> { China, Kazakhstan } }, EngineKind.DuckDb);
            Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_to_kaz"), directed.Where(r => r.Ccode1 == China).Sum(r => r.Events));
            Assert.Equal(EventSamples.Count("gdelt1_20130401_kaz_to_chn"), directed.Where(r => r.Ccode1 == Kazakhstan).Sum(r => r.Events));
            var states = EventAggregator.Run(store, new AggregationSpec { StateActorsOnly = true, States = new HashSet<int> { China, Kazakhstan } }, EngineKind.DuckDb);
            Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_kaz_state_actors"), states.Sum(r => r.Events));

            // One daily file: 2013 has 1 slot of 365; years with events dated back but no file are coverage 0, never a plain zero.
            var y2013 = directed.First(r => r.Year == 2013);
            Assert.Equal(1, y2013.SlotsPresent);
            Assert.Equal(365, y2013.SlotsPossible);
            Assert.All(directed.Where(r => r.Year != 2013), r => Assert.Equal(0, r.SlotsPresent));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Icews_China_Tajikistan_in_the_2018_daily_files_match_the_awk_counts()
    {
        var store = EventStore.Open(all.Directory);
        var spec = new AggregationSpec { Datasets = ["icews"], Period = DyadPeriod.Month, States = ChinaCentralAsia };
        var rows = EventAggregator.Run(store, spec, EngineKind.DuckDb).Where(r => r.Ccode1 == Tajikistan && r.Ccode2 == China).ToList();
        Assert.Equal(EventSamples.Count("icews_2018_chn_tjk"), rows.Sum(r => r.Events));
        Assert.Equal(EventSamples.Count("icews_2018_chn_tjk_2018_10"), rows.Single(r => r.Month == 10).Events);
        Assert.Equal(EventSamples.Expected["icews_2018_chn_tjk_intensity_sum"], rows.Sum(r => r.GoldsteinSum), 1e-9);
        // November is covered by 30 daily files and has no China-Tajikistan event: a true zero. September has no file.
        var nov = rows.Single(r => r.Month == 11);
        Assert.Equal(0, nov.Events);
        Assert.Equal(30, nov.SlotsPresent);
        Assert.Equal(1.0, nov.Coverage);
        Assert.DoesNotContain(rows, r => r.Month == 9 && r.Events == 0);
        var oct = rows.Single(r => r.Month == 10);
        Assert.Equal(27, oct.SlotsPresent); // 2018-10-04..31 without 10-06
        Assert.Null(oct.Mentions);

        var directed = EventAggregator.Run(store, spec with { Directed = true }, EngineKind.DuckDb);
        Assert.Equal(EventSamples.Count("icews_2018_chn_to_tjk"), directed.Where(r => r.Ccode1 == China && r.Ccode2 == Tajikistan).Sum(r => r.Events));
        Assert.Equal(EventSamples.Count("icews_2018_tjk_to_chn"), directed.Where(r => r.Ccode1 == Tajikistan && r.Ccode2 == China).Sum(r => r.Events));
    }

    [Fact]
    public void Filters_and_dyad_day_code_dedup_only_ever_remove_events_and_agree_with_the_raw_rows()
    {
        var store = EventStore.Open(all.Directory);
        var baseSpec = new AggregationSpec { States = ChinaCentralAsia, FillZeros = false };
        long N(AggregationSpec s) => EventAggregator.Run(store, s, EngineKind.DuckDb).Sum(r => r.Events);
        var total = N(baseSpec);
        Assert.Equal(EventSamples.Count("gdelt2_20250207143000_chn_ca"),
            EventAggregator.Run(store, baseSpec with { Datasets = ["gdelt2"], Years = new Caravan.Core.Panels.YearRange(2024, 2025) }, EngineKind.DuckDb)
                .Sum(r => r.Events)); // the only shipped GDELT 2.0 file with events dated 2024-2025
        Assert.True(N(baseSpec with { Dedup = EventDedup.DyadDayCode }) < total);
        Assert.True(N(baseSpec with { Dedup = EventDedup.DyadDayCode }) > 0);
        Assert.True(N(baseSpec with { MinMentions = 5 }) < total);
        Assert.True(N(baseSpec with { Cameo = [CameoRange.Parse("01-05")] }) < total);
        Assert.Equal(N(baseSpec with { Cameo = [CameoRange.Parse("01-05")] }) + N(baseSpec with { Cameo = [CameoRange.Parse("06-20")] }), total);
        Assert.True(N(baseSpec with { Dedup = EventDedup.None }) >= total);
    }

    [Fact]
    public void Cameo_ranges_parse_codes_and_ranges_and_refuse_nonsense()
    {
        Assert.Equal(new CameoRange("14", "14"), CameoRange.Parse("14"));
        Assert.Equal(new CameoRange("18", "20"), CameoRange.Parse("18-20"));
        Assert.Equal(new CameoRange("040", "046"), CameoRange.Parse("040-046"));
        Assert.Throws<EventDataException>(() => CameoRange.Parse("1"));
        Assert.Throws<EventDataException>(() => CameoRange.Parse("20-18"));
        Assert.Throws<EventDataException>(() => CameoRange.Parse("04-046"));
    }
}
