using Caravan.Core.Panels;
using Caravan.Data.Store;
using Caravan.Indicators;

namespace Caravan.Analysis.CentralAsia;

/// <summary>One Central Asian state-year's exposure to Chinese finance and investment.</summary>
/// <param name="Dyad">The dyad (the Central Asian state).</param>
/// <param name="Aid">AidData GCDF 3.0 commitments (official + other official + vague flows, adjusted; constant 2021 US$ m), annual and cumulative / GDP.</param>
/// <param name="InvestmentBySector">AEI CGIT transactions per sector (US$ m), cumulative since 2005 / GDP.</param>
public sealed record StateYearFinance(FocusDyad Dyad, FinanceExposureValue Aid, IReadOnlyDictionary<string, double> InvestmentBySector);

/// <summary>Builds Chinese finance and investment exposure of each Central Asian state, 2000–2021.</summary>
public static class FinanceSeries
{
    public static readonly YearRange AidCoverage = new(2000, 2021);
    public static readonly YearRange AeiCoverage = new(2005, 2021);

    public static IReadOnlyList<StateYearFinance> Build(CaravanStore store, StudyRegion? region = null)
    {
        var dyads = (region ?? StudyRegion.Default).Dyads;
        store.RequireTable("aiddata_gcdf_cow", "Chinese development finance exposure");
        store.RequireTable("aei_cgit", "Chinese investment by sector");
        store.RequireTable("wb_gdp", "exposure / GDP");
        var codes = string.Join(", ", dyads.Select(d => d.Ccode));
        var aid = store.ReadFrame($"SELECT ccode, year, coalesce(oof_adj, 0) + coalesce(oda_adj, 0) + coalesce(vof_adj, 0) AS c FROM aiddata_gcdf_cow WHERE ccode IN ({codes})");
        var names = string.Join(", ", dyads.Select(d => CaravanStore.Literal(d.Name)));
        var aei = store.ReadFrame($"SELECT country, year, coalesce(sector, 'Other') AS sector, sum(value_musd) AS v FROM aei_cgit WHERE country IN ({names}) GROUP BY ALL");
        var isoList = string.Join(", ", dyads.Select(d => CaravanStore.Literal(d.Iso3)));
        var gdp = store.ReadFrame($"SELECT iso3, year, gdp_usd / 1e6 AS g FROM wb_gdp WHERE iso3 IN ({isoList})");
        var result = new List<StateYearFinance>();
        foreach (var d in dyads)
        {
            var commitments = Enumerable.Range(0, aid.RowCount).Where(r => (int)aid.Numeric("ccode").Values[r] == d.Ccode)
                .ToDictionary(r => (int)aid.Numeric("year").Values[r], r => aid.Numeric("c").Values[r] / 1e6);
            var g = Enumerable.Range(0, gdp.RowCount).Where(r => gdp.Text("iso3").Values[r] == d.Iso3 && double.IsFinite(gdp.Numeric("g").Values[r]))
                .ToDictionary(r => (int)gdp.Numeric("year").Values[r], r => gdp.Numeric("g").Values[r]);
            var exposure = FinanceExposure.Compute(commitments, g, AidCoverage, AidCoverage);
            // Every sector any of the five states received, for each state: AEI lists all transactions of US$ 100 m or
            // more, so a sector without one in a covered year is 0, not missing.
            var sectors = Enumerable.Range(0, aei.RowCount).Select(r => aei.Text("sector").Values[r]!).Distinct().Order(StringComparer.Ordinal).ToArray();
            var bySector = sectors.ToDictionary(s => s, s => FinanceExposure.Compute(
                Enumerable.Range(0, aei.RowCount).Where(r => aei.Text("country").Values[r] == d.Name && aei.Text("sector").Values[r] == s)
                    .ToDictionary(r => (int)aei.Numeric("year").Values[r], r => aei.Numeric("v").Values[r]),
                g, AeiCoverage, AidCoverage));
            for (var i = 0; i < exposure.Count; i++)
            {
                result.Add(new StateYearFinance(d, exposure[i], bySector.ToDictionary(kv => kv.Key, kv => kv.Value[i].Cumulative)));
            }
        }

        return result;
    }
}
