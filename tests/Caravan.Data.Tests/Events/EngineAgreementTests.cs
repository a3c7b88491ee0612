using Caravan.Data.Events;
using Caravan.Data.Events.Aggregation;
using Caravan.Data.Events.Engines;

namespace Caravan.Data.Tests.Events;

/// <summary>
/// The same aggregations on DuckDB and on the two-shard ClickHouse cluster (Distributed table, events sharded by
/// event id): identical rows and counts; float sums equal to 1e-9 relative (they differ only in summation order).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class EngineAgreementTests(SampleStoreFixture all)
{
    private static readonly HashSet<int> ChinaCentralAsia = [710, 705, 703, 702, 701, 704];

    [ClickHouseFact]
    public void ClickHouse_two_shards_give_the_same_aggregates_as_DuckDB()
    {
        using var cluster = new ClickHouseCluster();
        var store = EventStore.Open(all.Directory);
        var specs = new[]
        {
            new AggregationSpec(),
            new AggregationSpec { Period = DyadPeriod.Month, Directed = true, Dedup = EventDedup.None, States = ChinaCentralAsia },
            new AggregationSpec { Period = DyadPeriod.Day, Dedup = EventDedup.DyadDayCode, With = new HashSet<int> { 710 }, StateActorsOnly = true },
            new AggregationSpec { Period = DyadPeriod.Year, Directed = true, MinMentions = 3, RootOnly = true, Cameo = [CameoRange.Parse("01-05"), CameoRange.Parse("190")] },
            new AggregationSpec { Period = DyadPeriod.Month, Datasets = ["icews"], States = ChinaCentralAsia, Years = new Caravan.Core.Panels.YearRange(2018, 2018) },
        };
        using var ch = new ClickHouseEventEngine(cluster.Url);
        try
        {
            foreach (var spec in specs)
            {
                var duck = EventAggregator.Run(store, spec, EngineKind.DuckDb);
                var house = EventAggregator.Run(store, spec, ch);
                Assert.True(duck.Count > 0, $"empty result for {spec}");
                Assert.Equal(duck.Count, house.Count);
                for (var i = 0; i < duck.Count; i++)
                {
                    var (a, b) = (duck[i], house[i]);
                    Assert.Equal(a with { GoldsteinSum = 0, GoldsteinCameoSum = 0, ToneSum = 0 }, b with { GoldsteinSum = 0, GoldsteinCameoSum = 0, ToneSum = 0 });
                    Close(a.GoldsteinSum, b.GoldsteinSum);
                    Close(a.GoldsteinCameoSum, b.GoldsteinCameoSum);
                    Close(a.ToneSum, b.ToneSum);
                }
            }

            // The events really are spread over both shards.
            var perShard = cluster.Url.Split(',').Select(u =>
            {
                using var h = new ClickHouseEventEngine(u);
                return Convert.ToInt64(h.Query($"SELECT count() FROM {ch.Events.Replace("_dist", "_local", StringComparison.Ordinal)}").Rows[0][0], System.Globalization.CultureInfo.InvariantCulture);
            }).ToList();
            Assert.All(perShard, n => Assert.True(n > 10_000));
            Assert.Equal(all.Report.Events, perShard.Sum());
        }
        finally
        {
            ch.Drop();
        }
    }

    private static void Close(double a, double b) => Assert.True(Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)), $"{a} vs {b}");
}
