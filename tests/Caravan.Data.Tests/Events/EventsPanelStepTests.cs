using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Events;

/// <summary>The panel's events step over a user's event store (PanelSpec.EventStore); the shipped columns stay as they were.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class EventsPanelStepTests(SampleStoreFixture all)
{
    private static readonly HashSet<int> ChinaAndCentralAsia = [710, 705, 703, 702, 701, 704];

    [Fact]
    public void The_events_step_adds_store_dyad_years_with_coverage_and_keeps_the_shipped_columns()
    {
        using var store = CaravanStore.Open();
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(2013, 2019)) { States = ChinaAndCentralAsia };
        var plain = PanelBuilder.Build(store, spec, ["events"]);
        var withStore = PanelBuilder.Build(store, spec with { EventStore = all.Directory }, ["events"]);
        double? V(Panel p, string col, int a, int b, int y) =>
            store.Scalar($"SELECT {col} FROM {p.Table} WHERE ccode1 = {a} AND ccode2 = {b} AND year = {y}") is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

        // Shipped behaviour unchanged.
        Assert.Equal(V(plain, "gdelt_score_sum", 705, 710, 2018), V(withStore, "gdelt_score_sum", 705, 710, 2018));
        Assert.DoesNotContain(plain.Codebook, c => c.Variable.StartsWith("ev_", StringComparison.Ordinal));

        // ICEWS 2018 daily files: China -> Tajikistan and back, as counted by awk.
        Assert.Equal(EventSamples.Count("icews_2018_chn_to_tjk"), V(withStore, "ev_icews_events", 710, 702, 2018));
        Assert.Equal(EventSamples.Count("icews_2018_tjk_to_chn"), V(withStore, "ev_icews_events", 702, 710, 2018));
        Assert.NotNull(V(withStore, "ev_icews_events", 704, 701, 2018)); // covered year: a count (0 or more), never missing
        Assert.Null(V(withStore, "ev_icews_events", 710, 702, 2019)); // no ICEWS file covers 2019
        Assert.Equal(57.0 / 365, V(withStore, "ev_icews_coverage", 710, 702, 2018)!.Value, 12);
        // GDELT 1.0: the 2013-04-01 file covers 2013 (1 day); China -> Kazakhstan 2, Kazakhstan -> China 4.
        Assert.Equal(EventSamples.Count("gdelt1_20130401_chn_to_kaz"), V(withStore, "ev_gdelt1_events", 710, 705, 2013));
        Assert.Equal(EventSamples.Count("gdelt1_20130401_kaz_to_chn"), V(withStore, "ev_gdelt1_events", 705, 710, 2013));
        Assert.Equal(0.0, V(withStore, "ev_gdelt1_events", 710, 702, 2013)); // covered, none: a true zero
    }
}
