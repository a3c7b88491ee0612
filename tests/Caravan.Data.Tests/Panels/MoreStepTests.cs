using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels;

[Collection("store")]
public sealed class MoreStepTests(StoreFixture fixture)
{
    private static readonly HashSet<int> ChinaAndCentralAsia = [710, 705, 703, 702, 701, 704];

    private double? Value(string sql)
    {
        var v = fixture.Store.Scalar(sql);
        return v is null ? null : Convert.ToDouble(v);
    }

    [Fact]
    public void Peace_years_match_an_independent_count_over_the_world()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2010)) { DropFalseDyads = false };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["mids", "peaceyears"]);
        var f = fixture.Store.ReadFrame($"SELECT ccode1, ccode2, year, gmlmidongoing, gmlmidspell FROM {panel.Table} ORDER BY ccode1, ccode2, year");
        var (c1, c2, y, on, spell) = (f.Numeric("ccode1").Values, f.Numeric("ccode2").Values, f.Numeric("year").Values, f.Numeric("gmlmidongoing").Values, f.Numeric("gmlmidspell").Values);
        double expected = 0;
        var disputes = 0;
        for (var i = 0; i < f.RowCount; i++)
        {
            // Dyad-years are counted (a gap in the years, a state's temporary exit, neither resets nor adds).
            var newRun = i == 0 || c1[i] != c1[i - 1] || c2[i] != c2[i - 1];
            expected = newRun ? 0 : on[i - 1] == 1 ? 0 : expected + 1;
            Assert.True(expected == spell[i], $"dyad {c1[i]}-{c2[i]} {y[i]}: peace-years {spell[i]}, expected {expected}");
            disputes += on[i] == 1 ? 1 : 0;
        }

        Assert.True(disputes > 1000);
        // A known case: USA-USSR (2-365) had a MID ongoing in 1946, so the count is 0 in 1947.
        Assert.Equal(0.0, Value($"SELECT gmlmidspell FROM {panel.Table} WHERE ccode1 = 2 AND ccode2 = 365 AND year = 1947"));

        // A panel starting later still counts from the dyad's history: same values as the full build.
        var late = PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1990, 2010)) { DropFalseDyads = false }, ["peaceyears"]);
        Assert.Equal(0.0, Value($"SELECT count(*) FROM {late.Table} l JOIN {panel.Table} p USING (ccode1, ccode2, year) WHERE l.gmlmidspell IS DISTINCT FROM p.gmlmidspell"));
        Assert.True(Value($"SELECT gmlmidspell FROM {late.Table} WHERE ccode1 = 380 AND ccode2 = 385 AND year = 1990") > 40); // Sweden-Norway: no MID since Norway entered in 1905
    }

    [Fact]
    public void Politically_relevant_dyads_are_contiguous_or_involve_a_major_power()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1990, 2000)) { PoliticallyRelevantOnly = true };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["contiguity", "majors"]);
        Assert.Equal(0.0, Value($"SELECT count(*) FROM {panel.Table} WHERE conttype = 0 AND cowmaj1 = 0 AND cowmaj2 = 0"));
        Assert.Equal(1.0, Value($"SELECT count(*) FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 1995")); // contiguous
        Assert.Equal(0.0, Value($"SELECT count(*) FROM {panel.Table} WHERE ccode1 = 41 AND ccode2 = 705 AND year = 1995")); // Haiti-Kazakhstan: neither
    }

    [Fact]
    public void State_year_panels_take_the_monadic_steps()
    {
        var spec = new PanelSpec(PanelUnit.StateYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2020)) { States = ChinaAndCentralAsia };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["all"]);
        Assert.Equal(6 * 29, panel.RowCount);
        Assert.Equal(5.0, Value($"SELECT land_borders FROM {panel.Table} WHERE ccode = 705 AND year = 2000")); // RUS, CHN, KGZ, UZB, TKM
        Assert.Equal(1.0, Value($"SELECT sco_member FROM {panel.Table} WHERE ccode = 710 AND year = 2001"));
        Assert.Equal(1.0, Value($"SELECT cowmaj FROM {panel.Table} WHERE ccode = 710 AND year = 2020"));
        Assert.NotNull(Value($"SELECT wbgdp_cusd FROM {panel.Table} WHERE ccode = 705 AND year = 2020"));
    }

    [Fact]
    public void Trade_past_2020_comes_from_national_statistics_and_says_so()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(2019, 2023)) { States = ChinaAndCentralAsia };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["dots"]);
        var f = fixture.Store.ReadFrame($"SELECT exp12, exp12_source, exp21, exp21_source FROM {panel.Table} WHERE ccode1 = 710 AND ccode2 = 705 AND year = 2022");
        Assert.Equal("national_KAZ_imports_cif", f.Text("exp12_source").Values[0]);
        Assert.Equal("national_KAZ_exports_fob_x1.1", f.Text("exp21_source").Values[0]);
        var kazImports = Value("SELECT sum(value_kusd) / 1000 FROM ca_national_trade WHERE reporter_iso3 = 'KAZ' AND partner_iso3 = 'CHN' AND year = 2022 AND flow = 'import'");
        Assert.Equal(kazImports!.Value, f.Numeric("exp12").Values[0], 6);
        // Dyads without national statistics stay missing after 2020 (Turkmenistan publishes none here).
        Assert.Null(Value($"SELECT exp12 FROM {panel.Table} WHERE ccode1 = 710 AND ccode2 = 701 AND year = 2022"));
        Assert.Equal("dots_importer_cif", fixture.Store.Scalar($"SELECT exp12_source FROM {panel.Table} WHERE ccode1 = 710 AND ccode2 = 705 AND year = 2019"));
    }

    [Fact]
    public void Events_China_finance_and_pipelines_respect_coverage()
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2023)) { States = ChinaAndCentralAsia };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["events", "china", "pipelines"]);
        // GDELT only from 2018, with the share of days present (never above 1); ICEWS only 2002-2014.
        Assert.Null(Value($"SELECT gdelt_score_sum FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2015"));
        var cov = Value($"SELECT gdelt_coverage FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2020")!.Value;
        Assert.InRange(cov, 0.5, 1.0);
        Assert.Null(Value($"SELECT icews_verbcoop12 FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2016"));
        Assert.NotNull(Value($"SELECT icews_verbcoop12 FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2010"));
        // Chinese finance only for dyads with China.
        Assert.Null(Value($"SELECT cn_oda_usd FROM {panel.Table} WHERE ccode1 = 704 AND ccode2 = 705 AND year = 2010"));
        Assert.NotNull(Value($"SELECT cn_oda_usd FROM {panel.Table} WHERE ccode1 = 705 AND ccode2 = 710 AND year = 2010"));
        // Central Asia-China gas pipeline lines A (2009), B (2010), C (2014) cross Turkmenistan; line D (construction) never counts.
        Assert.Equal(0.0, Value($"SELECT cn_pipelines FROM {panel.Table} WHERE ccode1 = 701 AND ccode2 = 710 AND year = 2008"));
        Assert.Equal(1.0, Value($"SELECT cn_pipelines FROM {panel.Table} WHERE ccode1 = 701 AND ccode2 = 710 AND year = 2009"));
        Assert.Equal(3.0, Value($"SELECT cn_pipelines FROM {panel.Table} WHERE ccode1 = 701 AND ccode2 = 710 AND year = 2014"));
        Assert.Equal(55.0, Value($"SELECT cn_gas_pipeline_bcmy FROM {panel.Table} WHERE ccode1 = 701 AND ccode2 = 710 AND year = 2020"));
        Assert.Equal(0.0, Value($"SELECT cn_pipelines FROM {panel.Table} WHERE ccode1 = 702 AND ccode2 = 710 AND year = 2023"));
    }
}
