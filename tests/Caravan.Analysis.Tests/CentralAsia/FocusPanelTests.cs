using Caravan.Analysis.CentralAsia;
using Caravan.Data.Store;

namespace Caravan.Analysis.Tests.CentralAsia;

/// <summary>The focus panel to the latest year on the shipped data: what is observed, what is carried forward, what is assumed.</summary>
public class FocusPanelTests
{
    [Fact]
    public void Covariates_run_to_the_last_trade_year_with_every_carried_value_named()
    {
        using var store = CaravanStore.Open();
        var trade = MirrorCheck.Apply(RegionalPanel.Build(store, 2023));
        var focus = FocusPanel.Build(store, trade, 2023);
        Assert.Equal(2023, focus.LastYear);
        var f = focus.Frame;
        var kaz = FocusDyad.Parse("KAZ").DyadId;
        int Row(int year) => Enumerable.Range(0, f.RowCount).Single(r => f.Numeric(StudyColumns.Dyad).Values[r] == kaz && f.Numeric(StudyColumns.Year).Values[r] == year);
        double V(string c, int year) => f.Numeric(c).Values[Row(year)];

        // Peace-years after 2014 count on under the labelled assumption.
        Assert.Equal(V(StudyColumns.PeaceYears, 2014) + 9, V(StudyColumns.PeaceYears, 2023));
        Assert.Contains(FocusPanel.MidAssumption, focus.Carried[(kaz, 2023)], StringComparison.Ordinal);
        Assert.DoesNotContain((kaz, 2014), focus.Carried.Keys);
        // IGOs end in 2014 and are carried; SCO comes from the curated table (observed, not carried).
        Assert.Equal(V(StudyColumns.SharedIgos, 2014), V(StudyColumns.SharedIgos, 2020));
        Assert.Contains("igos carried from 2014", focus.Carried[(kaz, 2020)], StringComparison.Ordinal);
        Assert.Equal(1, V(StudyColumns.Sco, 2023));
        Assert.DoesNotContain("sco carried", focus.Carried[(kaz, 2023)], StringComparison.Ordinal);
        // Dependence after 2014 from the focus trade series (mirror-checked), not carried.
        var t2019 = trade.Single(t => t.Dyad.Iso3 == "KAZ" && t.Year == 2019);
        Assert.Equal(Math.Min(t2019.DependenceChina, t2019.DependencePartner), V(StudyColumns.WeakLink, 2019), 12);
        Assert.DoesNotContain("dep_min carried", focus.Carried[(kaz, 2019)], StringComparison.Ordinal);
        // Turkmenistan has no trade data after 2020: its dependence is carried and said.
        var tkm = FocusDyad.Parse("TKM").DyadId;
        Assert.Contains("dep_min carried from 2020", focus.Carried[(tkm, 2022)], StringComparison.Ordinal);
        Assert.Contains(new CarriedCovariate(StudyColumns.WeakLink, 2020), focus.CarriedCovariates![(tkm, 2022)]);
        // The Copeland interaction is recomputed from its factors (observed dependence × carried expectations), not carried.
        Assert.DoesNotContain(StudyColumns.DependenceXExpectations + " carried", focus.Carried[(kaz, 2020)], StringComparison.Ordinal);
        Assert.Equal(V(StudyColumns.WeakLink, 2020) * V(StudyColumns.Expectations, 2020), V(StudyColumns.DependenceXExpectations, 2020), 12);
        // The string and the structured form say the same.
        Assert.All(focus.Carried, kv => Assert.Equal(kv.Value, string.Join("; ", focus.CarriedCovariates![kv.Key].Select(c => c.Note))));
    }
}
