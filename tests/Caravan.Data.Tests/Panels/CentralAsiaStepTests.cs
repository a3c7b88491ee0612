using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

/// <summary>Checks on the real shipped data for the China–Central Asia dyads (issue 2).</summary>
[Collection("store")]
public sealed class CentralAsiaStepTests(StoreFixture fixture)
{
    private static readonly HashSet<int> ChinaAndCentralAsia = [710, 705, 703, 702, 701, 704];

    private Panel Build(string[] steps, MidSource mids = MidSource.Gml, int first = 1991, int last = 2020) =>
        PanelBuilder.Build(fixture.Store,
            new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(first, last)) { States = ChinaAndCentralAsia, Mids = mids },
            steps);

    [Fact]
    public void China_is_land_contiguous_to_KAZ_KGZ_TJK_not_UZB_TKM()
    {
        var p = Build(["contiguity"]);
        double Cont(int other) => Convert.ToDouble(fixture.Store.Scalar($"SELECT conttype FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = {other} AND year = 2010"));
        Assert.Equal(1, Cont(705));
        Assert.Equal(1, Cont(703));
        Assert.Equal(1, Cont(702));
        Assert.Equal(0, Cont(704));
        Assert.Equal(0, Cont(701));
        // As in force: carried forward past the data's 2016 end, and symmetric in the directed panel.
        Assert.Equal(1.0, Convert.ToDouble(fixture.Store.Scalar($"SELECT conttype FROM {p.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2020")));
    }

    [Fact]
    public void SCO_co_membership_CHN_KAZ_from_1996_CHN_UZB_from_2001_never_TKM()
    {
        var p = Build(["igos"]);
        string Years(int other, int value) => string.Join(",", fixture.Store.QueryColumn<int>(
            $"SELECT year FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = {other} AND sco_both = {value} ORDER BY year"));
        Assert.Equal(string.Join(",", Enumerable.Range(1996, 2014 - 1996 + 1)), Years(705, 1));
        Assert.Equal("1991,1992,1993,1994,1995", Years(705, 0));
        Assert.Equal(string.Join(",", Enumerable.Range(2001, 2014 - 2001 + 1)), Years(704, 1));
        Assert.Equal(string.Empty, Years(701, 1));
        Assert.Equal(24, fixture.Store.QueryColumn<int>($"SELECT year FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = 701 AND sco_both = 0").Count);
        // Missing (not zero) after the IGO data end.
        Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count(sco_both) FROM {p.Table} WHERE year > 2014")));
    }

    [Theory]
    [InlineData(MidSource.Gml, 2010)]
    [InlineData(MidSource.CorrelatesOfWar, 2014)]
    public void No_MID_between_China_and_Central_Asia_1991_to_2014(MidSource source, int lastYear)
    {
        var p = Build(["mids", "peaceyears"], source, 1991, 2014);
        var prefix = source == MidSource.Gml ? "gmlmid" : "cowmid";
        var observed = Convert.ToInt64(fixture.Store.Scalar($"SELECT count({prefix}ongoing) FROM {p.Table} WHERE (ccode1 = 710 OR ccode2 = 710)"));
        var any = Convert.ToInt64(fixture.Store.Scalar($"SELECT coalesce(sum({prefix}ongoing + {prefix}onset), 0)::BIGINT FROM {p.Table} WHERE ccode1 = 710 OR ccode2 = 710"));
        Assert.Equal(0L, any);
        Assert.Equal(5L * 2 * (lastYear - 1991 + 1), observed);
        // Peace-years then simply count from entry: 1991 -> 0, ..., lastYear -> lastYear - 1991.
        Assert.Equal(lastYear - 1991.0, Convert.ToDouble(fixture.Store.Scalar($"SELECT {prefix}spell FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = 705 AND year = {lastYear}")));
        if (lastYear < 2014)
        {
            Assert.Equal(0L, Convert.ToInt64(fixture.Store.Scalar($"SELECT count({prefix}ongoing) FROM {p.Table} WHERE year > {lastYear}")));
        }
    }

    [Fact]
    public void Capital_distance_follows_the_capital_move_to_Astana()
    {
        var p = Build(["capdist"]);
        var d1997 = Convert.ToDouble(fixture.Store.Scalar($"SELECT capdist FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = 705 AND year = 1997"));
        var d1999 = Convert.ToDouble(fixture.Store.Scalar($"SELECT capdist FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = 705 AND year = 1999"));
        Assert.InRange(d1997, 3000, 3300); // Beijing-Almaty ~3,150 km
        Assert.InRange(d1999, 3400, 3700); // Beijing-Astana ~3,530 km
    }

    [Theory]
    [InlineData(1992, 222)]
    [InlineData(2010, 9279)]
    [InlineData(2020, 11707)]
    public void China_reported_exports_to_Kazakhstan_match_IMF_DOTS(int year, double musd)
    {
        var p = Build(["dots"], first: 1992, last: 2020);
        var f = fixture.Store.ReadFrame($"SELECT exp12_rep_fob, exp12_mirror_cif, exp12, exp12_source FROM {p.Table} WHERE ccode1 = 710 AND ccode2 = 705 AND year = {year}");
        Assert.Equal(1, f.RowCount);
        Assert.Equal(musd, Math.Round(f.Numeric("exp12_rep_fob").Values[0]), 0); // US$ m, rounded as published
        // The reverse row carries the same flow as exp21.
        Assert.Equal(f.Numeric("exp12_rep_fob").Values[0], Convert.ToDouble(fixture.Store.Scalar($"SELECT exp21_rep_fob FROM {p.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = {year}")));
        // Reconciliation: Kazakhstan's CIF report when present.
        Assert.Equal(f.Numeric("exp12_mirror_cif").Values[0], f.Numeric("exp12").Values[0]);
        Assert.Equal("dots_importer_cif", f.Text("exp12_source").Values[0]);
    }
}
