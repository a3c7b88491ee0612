using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels;

/// <summary>panel --derive against DuckDB's own window functions and arithmetic (an independent computation).</summary>
[Collection("store")]
public sealed class PanelDeriveTests(StoreFixture fixture)
{
    [Fact]
    public void Derived_lags_and_expressions_match_DuckDB_window_functions()
    {
        var range = new YearRange(1990, 2014);
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, range)
        {
            States = PanelStates.Resolve("CHN,KAZ,KGZ,RUS,USA,IND,PAK", StateSystem.CorrelatesOfWar, range),
        };
        var built = PanelBuilder.Build(fixture.Store, spec, ["nmc", "mids", "peaceyears"]);
        var panel = PanelDerive.Apply(fixture.Store, built,
        [
            Derivation.Parse("prev=l(gmlmidonset, 1)"),
            Derivation.Parse("next2=f(cinc1, 2)"),
            Derivation.Parse("ratio=ifelse(cinc1 >= cinc2, cinc1/cinc2, -cinc2/cinc1)"),
            Derivation.Parse("either=prev == 1 | is.na(prev)"),
        ]);
        Assert.Equal(built.Codebook.Count + 4, panel.Codebook.Count);
        Assert.Equal("derived from cow_nmc", panel.Codebook.Single(c => c.Variable == "ratio").Source);

        var q = $"""
            SELECT count(*) FILTER (WHERE prev IS DISTINCT FROM ref_prev)
                 + count(*) FILTER (WHERE next2 IS DISTINCT FROM ref_next2)
                 + count(*) FILTER (WHERE abs(ratio - ref_ratio) > 1e-12 OR (ratio IS NULL) <> (ref_ratio IS NULL))
                 + count(*) FILTER (WHERE either IS DISTINCT FROM ref_either),
                   count(*) FILTER (WHERE prev IS NULL), count(*)
            FROM (
              SELECT prev, next2, ratio, either,
                     CASE WHEN lag(year) OVER w = year - 1 THEN lag(gmlmidonset) OVER w END AS ref_prev,
                     CASE WHEN lead(year, 2) OVER w = year + 2 THEN lead(cinc1, 2) OVER w END AS ref_next2,
                     CASE WHEN cinc1 >= cinc2 THEN cinc1 / cinc2 ELSE -cinc2 / cinc1 END AS ref_ratio,
                     CASE WHEN lag(year) OVER w = year - 1 THEN CAST(coalesce(lag(gmlmidonset) OVER w = 1, TRUE) AS TINYINT) ELSE 1 END AS ref_either
              FROM {CaravanStore.Quote(panel.Table)}
              WINDOW w AS (PARTITION BY ccode1, ccode2 ORDER BY year))
            """;
        var row = new List<long>();
        fixture.Store.Query(q, r =>
        {
            row.Add(Convert.ToInt64(r.GetValue(0)));
            row.Add(Convert.ToInt64(r.GetValue(1)));
            row.Add(Convert.ToInt64(r.GetValue(2)));
        });
        Assert.Equal(0, row[0]);
        Assert.True(row[1] > 0 && row[1] < row[2]);
    }

    [Fact]
    public void Existing_names_and_unknown_columns_are_refused()
    {
        var spec = new PanelSpec(PanelUnit.StateYear, StateSystem.CorrelatesOfWar, new YearRange(2000, 2002));
        var built = PanelBuilder.Build(fixture.Store, spec, ["nmc"]);
        var e = Assert.Throws<PanelException>(() => PanelDerive.Apply(fixture.Store, built, [Derivation.Parse("CINC=1")]));
        Assert.Contains("already has a column 'CINC'", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<PanelException>(() => PanelDerive.Apply(fixture.Store, built, [Derivation.Parse("x=log(cinc_typo)")]));
        Assert.Contains("--derive x position 5: No column 'cinc_typo'", e.Message, StringComparison.Ordinal);
    }
}
