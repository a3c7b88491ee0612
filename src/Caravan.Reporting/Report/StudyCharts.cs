using Caravan.Analysis;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Indicators;
using Caravan.Reporting.Plots;

namespace Caravan.Reporting.Report;

/// <summary>The study's charts (PNG + SVG), each tied to the CSV holding its numbers.</summary>
public static class StudyCharts
{
    public static IReadOnlyList<Milestone> Marks(StudyResult r) =>
        r.Milestones.Select(m => new Milestone(m.Year, m.Label)).DistinctBy(m => (m.Year, m.Label)).ToArray();

    public static FigureBlock TradePerDyad(StudyResult r, FocusDyad d, string dir)
    {
        var rows = r.Trade.Where(t => t.Dyad == d).OrderBy(t => t.Year).ToArray();
        double[] x = rows.Select(t => (double)t.Year).ToArray();
        var chart = new LineChart($"{d.FocusName}–{d.Name}: bilateral trade (US$ m, current)", "Year", "US$ millions",
        [
            new PlotSeries($"{d.FocusName}-reported (IMF DOTS)", x, rows.Select(t => t.ChinaReported).ToArray()),
            new PlotSeries($"{d.Name}-reported (DOTS; national statistics after 2020)", x, rows.Select(t => t.PartnerReported).ToArray(), Dashed: true),
            new PlotSeries("Reconciled (importer CIF; mirror rule if flagged)", x, rows.Select(t => t.Reconciled).ToArray(), Markers: true),
        ], Marks(r), NonNegative: true, Shaded: FlaggedYears(r, d));
        var files = PlotRenderer.Render(chart, dir, $"trade_{d.Iso3.ToLowerInvariant()}");
        return new FigureBlock($"Trade between China and {d.Name}, both reporters; the gap between the lines is the mirror discrepancy.", files, "trade_china_central_asia.csv");
    }

    /// <summary>The mirror-flagged years of a dyad as shaded bands.</summary>
    public static IReadOnlyList<ShadedYears> FlaggedYears(StudyResult r, FocusDyad d) =>
        r.Trade.Where(t => t.Dyad == d && t.MirrorFlag).Select(t => new ShadedYears(t.Year - 0.5, t.Year + 0.5, "mirror-flagged")).ToArray();

    public static FigureBlock Asymmetry(StudyResult r, string dir)
    {
        var series = r.Region.Dyads.Select(d =>
        {
            var rows = r.Trade.Where(t => t.Dyad == d).OrderBy(t => t.Year).ToArray();
            return new PlotSeries(d.Name, rows.Select(t => (double)t.Year).ToArray(), rows.Select(t => 100 * t.Asymmetry).ToArray());
        }).ToArray();
        var chart = new LineChart($"Dependence asymmetry: partner's minus {r.Region.FocusName}'s trade/GDP", "Year", "percentage points of GDP", series, Marks(r));
        return new FigureBlock("Dependence asymmetry (dependence_partner − dependence_China, in % of GDP): positive = the Central Asian state is the more dependent.",
            PlotRenderer.Render(chart, dir, "dependence_asymmetry"), "trade_china_central_asia.csv");
    }

    public static FigureBlock Finance(StudyResult r, string dir)
    {
        var series = r.Region.Dyads.Select(d =>
        {
            var rows = r.Finance.Where(f => f.Dyad == d).OrderBy(f => f.Aid.Year).ToArray();
            return new PlotSeries(d.Name, rows.Select(f => (double)f.Aid.Year).ToArray(), rows.Select(f => 100 * f.Aid.Cumulative).ToArray());
        }).ToArray();
        var chart = new LineChart("Chinese development finance since 2000 (AidData), cumulative / GDP", "Year", "% of GDP", series, Marks(r), NonNegative: true);
        return new FigureBlock("Cumulative AidData GCDF 3.0 commitments since 2000 as a share of each state's GDP (constant-2021 commitments over current GDP).",
            PlotRenderer.Render(chart, dir, "finance_exposure"), "finance_exposure.csv");
    }

    public static FigureBlock Investment(StudyResult r, string dir)
    {
        var series = r.Region.Dyads.Select(d =>
        {
            var rows = r.Finance.Where(f => f.Dyad == d).OrderBy(f => f.Aid.Year).ToArray();
            return new PlotSeries(d.Name, rows.Select(f => (double)f.Aid.Year).ToArray(),
                rows.Select(f => f.InvestmentBySector.Count == 0 ? double.NaN : 100 * f.InvestmentBySector.Values.Sum()).ToArray());
        }).ToArray();
        var chart = new LineChart("Chinese investment since 2005 (AEI, all sectors), cumulative / GDP", "Year", "% of GDP", series, Marks(r), NonNegative: true);
        return new FigureBlock("Cumulative Chinese investment transactions of US$ 100 m or more (AEI China Global Investment Tracker) since 2005 as a share of GDP, all sectors; by sector in finance_exposure.csv.",
            PlotRenderer.Render(chart, dir, "investment_exposure"), "finance_exposure.csv");
    }

    public static FigureBlock NetCooperation(StudyResult r, EventSource source, string dir)
    {
        var series = r.Region.Dyads.Select(d =>
        {
            var rows = r.Events.Where(e => e.Dyad == d).OrderBy(e => e.Value.Year).ToArray();
            return new PlotSeries(d.Name, rows.Select(e => (double)e.Value.Year).ToArray(),
                rows.Select(e => e.Value.Source == source ? e.Value.Normalised : double.NaN).ToArray(), Markers: true);
        }).ToArray();
        var (a, b) = EventNetCooperation.Coverage(source);
        var label = source == EventSource.Icews ? "ICEWS cooperation − conflict events" : "GDELT Goldstein-type score";
        var chart = new LineChart($"Net cooperation with {r.Region.FocusName}, {label} ({a}–{b})", "Year", "per 1,000 units of the two states' volume", series, Marks(r));
        return new FigureBlock($"Net cooperation with {r.Region.FocusName} from {source} ({a}–{b}), normalised by the two states' total event volume. The sources are on different scales and are not joined; 2015–2017 has no source and is left empty.",
            PlotRenderer.Render(chart, dir, $"net_cooperation_{source.ToString().ToLowerInvariant()}"), "net_cooperation.csv");
    }

    /// <summary>
    /// Key-term coefficients on one comparable scale: the logit coefficient times the term's standard deviation in the
    /// estimation sample (the change in log-odds for a one-SD move), with its 95% interval; every theory's chart shares the
    /// same x-axis (<paramref name="limits"/>).
    /// </summary>
    public static FigureBlock Coefficients(StudyResult r, Analysis.Theories.TheorySpecification theory, string dir, (double Min, double Max)? limits = null)
    {
        var points = StandardisedPoints(r, theory);
        var (lo, hi) = limits ?? CommonLimits(r);
        var chart = new CoefficientChart($"{theory.Name}: key terms (logit coefficient × SD, 95% CI)", "Change in log-odds of a MID onset for a one-SD increase", points, lo, hi);
        return new FigureBlock($"Key-term coefficients of the {theory.Name} specification across samples, with the Firth column, each multiplied by the term's standard deviation in its estimation sample so that terms and theories share one scale (the x-axis is the same on every theory's chart); dyad-clustered 95% intervals. Raw coefficients are in key_terms.csv.",
            PlotRenderer.Render(chart, dir, $"coefficients_{theory.Id.ToString().ToLowerInvariant()}"), "key_terms.csv");
    }

    /// <summary>The standardised (β × SD) key-term points of a theory.</summary>
    public static IReadOnlyList<CoefficientPoint> StandardisedPoints(StudyResult r, Analysis.Theories.TheorySpecification theory)
    {
        var points = new List<CoefficientPoint>();
        foreach (var f in r.Fits.Where(f => f.Theory.Id == theory.Id && f.Fit is not null))
        {
            var table = f.Fit!.Coefficients().ToDictionary(c => c.Term);
            foreach (var k in theory.KeyTerms)
            {
                if (table.TryGetValue(k.Term, out var c) && f.Fit.Variance.Source.TryGet(k.Term, out var col) && col is Core.Frames.NumericColumn n)
                {
                    var sd = Caravan.Analysis.Models.MoveScenarios.StandardDeviation(f.Fit.Variance.SampleRows.Select(i => n.Values[i]).Where(double.IsFinite).ToArray());
                    points.Add(new CoefficientPoint(k.Term, $"{f.Sample.Label} ({f.Kind})", c.Estimate * sd, c.ConfLow * sd, c.ConfHigh * sd));
                }
            }
        }

        return points;
    }

    /// <summary>One x-range for every theory's coefficient chart (padded, always including 0).</summary>
    public static (double Min, double Max) CommonLimits(StudyResult r)
    {
        var all = Analysis.Theories.TheoryCatalog.All.SelectMany(t => StandardisedPoints(r, t)).Where(p => double.IsFinite(p.Low) && double.IsFinite(p.High)).ToArray();
        if (all.Length == 0)
        {
            return (-1, 1);
        }

        var lo = Math.Min(0, all.Min(p => p.Low));
        var hi = Math.Max(0, all.Max(p => p.High));
        var pad = 0.05 * (hi - lo);
        return (lo - pad, hi + pad);
    }

    /// <summary>Shaded bands of a risk chart: the left-censored first years and the years whose covariates are partly carried forward.</summary>
    public static IReadOnlyList<ShadedYears> RiskBands(StudyResult r, IEnumerable<Caravan.Analysis.CentralAsia.PredictedRisk> rows)
    {
        var list = rows.ToArray();
        var bands = new List<ShadedYears>();
        var censored = list.Where(x => x.LeftCensored).Select(x => x.Year).ToArray();
        if (censored.Length > 0)
        {
            bands.Add(new ShadedYears(censored.Min() - 0.5, censored.Max() + 0.5, "peace-years clock starts at independence"));
        }

        var carried = list.Where(x => x.CarriedForward.Length > 0).Select(x => x.Year).ToArray();
        if (carried.Length > 0)
        {
            bands.Add(new ShadedYears(carried.Min() - 0.5, carried.Max() + 0.5, "after 2014: some covariates carried forward; no MID assumed"));
        }

        return bands;
    }

    /// <summary>
    /// One track per carried covariate of a risk chart: the years in which it is carried forward (from its last observed
    /// year) or assumed (peace-years after 2014), naming the dyads when not all of them are affected.
    /// </summary>
    public static IReadOnlyList<YearTrack> CarriedTracks(StudyResult r, IEnumerable<PredictedRisk> rows)
    {
        var list = rows.ToArray();
        var dyadsWithRows = list.Select(x => x.Dyad).Distinct().Count();
        return list.SelectMany(x => x.CarriedCovariates.Select(c => (Row: x, Covariate: c)))
            .GroupBy(p => p.Covariate.Variable)
            .Select(g =>
            {
                var from = g.Min(p => p.Row.Year);
                var to = g.Max(p => p.Row.Year);
                var sources = g.Select(p => p.Covariate.FromYear).Distinct().OrderBy(y => y).ToArray();
                var what = g.First().Covariate.Assumed ? "assumed (no MID after 2014)"
                    : $"carried from {string.Join("/", sources)}";
                var dyads = g.Select(p => p.Row.Dyad).Distinct().ToArray();
                var who = dyads.Length < dyadsWithRows ? $" ({string.Join(", ", dyads.Select(d => d.Name))})" : "";
                return new YearTrack($"{g.Key}: {what}{who}", from, to);
            })
            .OrderBy(t => t.From).ThenBy(t => t.Label, StringComparer.Ordinal).ToArray();
    }

    public static FigureBlock Risk(StudyResult r, Analysis.Theories.TheorySpecification theory, string dir)
    {
        var all = r.Risks.Where(x => x.Theory == theory.Name && x.Scenario == "observed").ToArray();
        var series = r.Region.Dyads.Select(d =>
        {
            var rows = all.Where(x => x.Dyad == d).OrderBy(x => x.Year).ToArray();
            return new PlotSeries(d.Name, rows.Select(x => (double)x.Year).ToArray(), rows.Select(x => 100 * x.Mean).ToArray(),
                rows.Select(x => 100 * x.Lower).ToArray(), rows.Select(x => 100 * x.Upper).ToArray());
        }).Where(s => s.X.Length > 0).ToArray();
        var last = all.Length == 0 ? r.LatestTradeYear : all.Max(x => x.Year);
        var tracks = CarriedTracks(r, all);
        var chart = new LineChart($"{theory.Name}: predicted annual Pr(MID onset) with {r.Region.FocusName}, 1992–{last}", "Year", "% per year", series, Marks(r),
            NonNegative: true, Shaded: RiskBands(r, all), Tracks: tracks);
        return new FigureBlock($"Predicted annual probability of a MID onset with {r.Region.FocusName} under the {theory.Name} model (politically relevant dyads 1992–2014), mean and 95% simulation interval; the world panel's relationships applied to each dyad's covariates. "
            + $"Shaded left: the first {Caravan.Analysis.CentralAsia.RiskPredictions.CensoredYears} years after independence, when the peace-years clock has just started (left censoring: the high early risk is the clock, not a finding). "
            + "Shaded right: years after 2014, where covariates that end earlier are carried forward and peace-years assume no MID after 2014. "
            + (tracks.Count == 0 ? "No covariate of this model is carried forward."
                : $"The strip below the axis marks, per covariate of this model, the years it is carried forward or assumed: {string.Join("; ", tracks.Select(t => $"{t.Label} ({t.From}–{t.To})"))} (per dyad-year in predicted_risk.csv, column carried_forward)."),
            PlotRenderer.Render(chart, dir, $"risk_{theory.Id.ToString().ToLowerInvariant()}"), "predicted_risk.csv");
    }

    public static FigureBlock Scenarios(StudyResult r, Analysis.Theories.TheorySpecification theory, FocusDyad d, string dir)
    {
        var series = Analysis.Scenarios.CounterfactualCatalog.All.Select(cf =>
        {
            var rows = r.Risks.Where(x => x.Theory == theory.Name && x.Dyad == d && x.Scenario == cf.Key).OrderBy(x => x.Year).ToArray();
            var observed = cf.Key == "observed";
            return new PlotSeries(cf.Name, rows.Select(x => (double)x.Year).ToArray(), rows.Select(x => 100 * x.Mean).ToArray(),
                observed ? rows.Select(x => 100 * x.Lower).ToArray() : null, observed ? rows.Select(x => 100 * x.Upper).ToArray() : null, Dashed: !observed);
        }).Where(s => s.X.Length > 0).ToArray();
        var observedRows = r.Risks.Where(x => x.Theory == theory.Name && x.Dyad == d && x.Scenario == "observed").ToArray();
        var chart = new LineChart($"{d.FocusName}–{d.Name}, {theory.Name}: counterfactuals", "Year", "Pr(MID onset), % per year", series, Marks(r),
            NonNegative: true, Shaded: RiskBands(r, observedRows), Tracks: CarriedTracks(r, observedRows));
        return new FigureBlock($"Counterfactual annual MID risk for {d.FocusName}–{d.Name} under the {theory.Name} model: trade frozen at 1992, a trade-war shock to expectations, no SCO (observed with 95% interval). The strip below the axis marks the years each covariate is carried forward or assumed.",
            PlotRenderer.Render(chart, dir, $"scenarios_{d.Iso3.ToLowerInvariant()}_{theory.Id.ToString().ToLowerInvariant()}"), "predicted_risk.csv");
    }
}
