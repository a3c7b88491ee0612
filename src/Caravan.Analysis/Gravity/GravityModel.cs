using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Analysis.Gravity;

/// <summary>The gravity models of trade and what they can identify.</summary>
/// <param name="WithoutPair">PPML with exporter-year and importer-year effects: distance, contiguity, SCO, China–Central Asia × BRI period.</param>
/// <param name="WithPair">The same with directed-pair effects (distance and contiguity absorbed; SCO and BRI identified from changes within pairs).</param>
/// <param name="Rows">Directed dyad-years in the sample.</param>
/// <param name="Note">Sample, coding and identification in plain words.</param>
public sealed record GravityResult(FitResult? WithoutPair, FitResult? WithPair, int Rows, string Note, string? Problem);

/// <summary>
/// What drives China–Central Asia trade: a structural gravity model (Santos Silva &amp; Tenreyro 2006 PPML; Yotov et al.
/// 2016's exporter-year/importer-year effects; cf. Felipe &amp; Kumar 2012 for Central Asia) on every directed flow with
/// China or a Central Asian state on one side, 1995–2020, IMF DOTS reconciled flows (US$ m).
/// </summary>
public static class GravityModel
{
    public const string FormulaWithoutPair = "trade ~ ln_dist + contig + sco + bri_china_ca | exp_year + imp_year";
    public const string FormulaWithPair = "trade ~ sco + bri_china_ca | exp_year + imp_year + pair";

    public static GravityResult Fit(CaravanStore store, IProgress<string>? progress = null)
    {
        var years = new YearRange(1995, 2020);
        var focus = FocusDyad.All.Select(d => d.Ccode).Append(FocusDyad.China).ToHashSet();
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, years) { With = focus };
        progress?.Report("gravity: building directed dyad-years 1995-2020 with China or a Central Asian state");
        var panel = PanelBuilder.Build(store, spec, ["contiguity", "capdist", "igos", "dots"]);
        var f = store.ReadFrame($"""
            SELECT ccode1, ccode2, year, exp12 AS trade, ln(1 + capdist) AS ln_dist, CASE WHEN conttype = 1 THEN 1 ELSE 0 END AS contig,
                   sco_both, last_value(sco_both IGNORE NULLS) OVER (PARTITION BY ccode1, ccode2 ORDER BY year) AS sco
            FROM {CaravanStore.Quote(panel.Table)} ORDER BY ccode1, ccode2, year
            """);
        PanelCleanup.Drop(store, panel.Table);
        double[] c1 = f.Numeric("ccode1").Values, c2 = f.Numeric("ccode2").Values, yr = f.Numeric("year").Values;
        var n = f.RowCount;
        var ca = FocusDyad.All.Select(d => (double)d.Ccode).ToHashSet();
        var bri = new double[n];
        var expYear = new double[n];
        var impYear = new double[n];
        var pair = new double[n];
        for (var r = 0; r < n; r++)
        {
            var chinaCa = (c1[r] == FocusDyad.China && ca.Contains(c2[r])) || (c2[r] == FocusDyad.China && ca.Contains(c1[r]));
            bri[r] = chinaCa && yr[r] >= 2013 ? 1 : 0;
            expYear[r] = (c1[r] * 10000) + yr[r];
            impYear[r] = (c2[r] * 10000) + yr[r];
            pair[r] = (c1[r] * 1000) + c2[r];
        }

        var data = f.With(new NumericColumn("bri_china_ca", bri)).With(new NumericColumn("exp_year", expYear))
            .With(new NumericColumn("imp_year", impYear)).With(new NumericColumn("pair", pair));
        var note = $"{n:N0} directed dyad-years 1995–2020 with China or a Central Asian state as exporter or importer; trade = IMF DOTS reconciled flow "
            + "(importer CIF, else exporter FOB × 1.10; missing flows dropped, zeros kept). SCO co-membership (COW IGO) ends in 2014 and is carried "
            + "forward to 2015–2020 (so India's and Pakistan's 2017 accession is not coded). bri_china_ca = 1 for China–Central Asian flows from 2013. "
            + "Standard errors clustered by directed pair.";
        try
        {
            progress?.Report("gravity: PPML with exporter-year and importer-year effects");
            var options = new FitOptions { Vcov = new VcovSpec.Cluster("pair") };
            var a = Estimation.Fit.Ppml(data, FormulaWithoutPair, options);
            progress?.Report("gravity: PPML with pair effects");
            var b = Estimation.Fit.Ppml(data, FormulaWithPair, options);
            return new GravityResult(a, b, n, note, null);
        }
        catch (EstimationException e)
        {
            return new GravityResult(null, null, n, note, e.Message);
        }
    }
}
