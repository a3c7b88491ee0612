using System.Diagnostics;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
using Caravan.Analysis.Robustness;
using Caravan.Analysis.Scenarios;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Panels;
using Caravan.Data.Store;
using Caravan.Estimation.Simulation;

namespace Caravan.Analysis;

/// <summary>
/// The China–Central Asia study, end to end from the shipped data: the six theories on the world dyad-year panel
/// (four samples, logit with dyad-clustered SEs, a Firth column on the reference sample), their verdicts, and for the
/// five China–Central Asia dyads trade, dependence, finance, events, predicted risk and counterfactuals.
/// </summary>
public static class ChinaCentralAsiaStudy
{
    /// <summary>How many dyads per key term are listed as most influential, and left out in the refit.</summary>
    public const int InfluentialDyads = 3;

    /// <summary>A dyad-year's trade is implausible when bilateral trade exceeds either state's GDP (dependence &gt; 1).</summary>
    public const double ImplausibleDependence = 1.0;

    public static StudyResult Run(StudyOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var phases = new List<(string, TimeSpan)>();
        var phaseStart = TimeSpan.Zero;
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed - phaseStart));
            phaseStart = clock.Elapsed;
        }

        using var store = CaravanStore.Open(new StoreOptions(options.DataDirectory));
        var region = options.StudyRegion;
        var rule = VerdictRule.Default;
        var sim = new SimulationOptions(Draws: options.Draws, Seed: options.Seed);
        var samples = options.Reduced
            ? Samples.Main.Where(s => s.Years.First == 1992 && s.Dyads == DyadSet.PoliticallyRelevant).ToArray()
            : Samples.Main.ToArray();
        var reference = options.Reduced ? samples[0] : Samples.Reference;
        var world = WorldPanel.Build(store, new YearRange(samples.Min(s => s.Years.First), 2014), progress, relevantOnly: options.Reduced);
        Phase("world panel");

        progress?.Report($"{region.Title}: trade, dependence, SCO ties");
        var lastYear = Math.Min(region.Years.Last, store.QueryColumn<int>("SELECT max(year) FROM wb_gdp").Single());
        var trade = RegionalPanel.Build(store, lastYear, progress, region).Where(t => t.Year <= lastYear && t.Year >= region.Years.First).ToArray();
        var latestTrade = trade.Where(t => double.IsFinite(t.Reconciled)).Max(t => t.Year);
        trade = MirrorCheck.Apply(trade.Where(t => t.Year <= latestTrade).ToArray()).ToArray();
        var flagged = trade.Where(t => t.MirrorFlag).Select(t => ((double)t.Dyad.DyadId, t.Year)).ToHashSet();
        Phase("focus trade");

        // Every (theory, sample, estimator) fit and every sensitivity refit is independent and seeded, so they run two at a
        // time; results keep catalog order.
        var jobs = TheoryCatalog.All.SelectMany(t => samples.Select(s => (Theory: t, Sample: s, Kind: FitKind.Logit))
            .Append((Theory: t, Sample: reference, Kind: FitKind.Firth))).ToArray();
        var done = new TheoryFit[jobs.Length];
        var gate = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) };
        Parallel.For(0, jobs.Length, parallel, i =>
        {
            var (theory, s, kind) = jobs[i];
            done[i] = ConflictModel.Fit(world.Frame, theory, s, kind, sim, rule, focusDyads: region.DyadIds);
            lock (gate)
            {
                progress?.Report($"fitted {theory.Name} on {s.Label} ({(kind == FitKind.Logit ? "logit, dyad-clustered SEs" : "Firth rare-events check")})");
            }
        });
        var fits = done.ToList();
        var verdicts = TheoryCatalog.All.Select(t => Judge(t,
            fits.Where(f => f.Theory.Id == t.Id && f.Kind == FitKind.Logit).ToArray(),
            fits.FirstOrDefault(f => f.Theory.Id == t.Id && f.Kind == FitKind.Firth), reference, rule)).ToList();
        Phase("theory fits");

        progress?.Report($"influence (one-step dfbeta by dyad) and data-quality refits on {reference.Label}");
        var labels = DyadLabels(world.Frame);
        var referenceFits = fits.Where(f => f.Kind == FitKind.Logit && f.Sample == reference && f.Fit is not null).ToArray();
        var influenceJobs = referenceFits.SelectMany(f => f.Theory.KeyTerms.Select(k => (Fit: f, Term: k.Term,
            Top: DyadInfluence.Top(f.Fit!, k.Term, InfluentialDyads, d => labels.GetValueOrDefault(d, d.ToString(System.Globalization.CultureInfo.InvariantCulture)))))).ToArray();
        var dependence = world.Frame.Numeric(Indicators.TradeDependence.Dep1).Values;
        var dependence2 = world.Frame.Numeric(Indicators.TradeDependence.Dep2).Values;
        var implausible = ImplausibleRows(world.Frame, dependence, dependence2, flagged);
        var influence = new TermInfluence[influenceJobs.Length];
        var sensitivity = new TheoryFit[referenceFits.Length];
        Parallel.For(0, influenceJobs.Length + referenceFits.Length, parallel, i =>
        {
            if (i < influenceJobs.Length)
            {
                var (f, term, top) = influenceJobs[i];
                var without = top.Count == 0 ? null
                    : ConflictModel.Fit(world.Frame, f.Theory, reference, FitKind.Logit, sim, rule, focusDyads: region.DyadIds, excludeDyads: top.Select(t => t.Dyad).ToHashSet());
                influence[i] = new TermInfluence(f, term, top, without);
            }
            else
            {
                var f = referenceFits[i - influenceJobs.Length];
                sensitivity[i - influenceJobs.Length] = ConflictModel.Fit(world.Frame, f.Theory, reference, FitKind.Logit, sim, rule, focusDyads: region.DyadIds,
                    excludeRows: (d, y) => implausible.Contains((d, y)));
            }
        });
        var sensitivityRows = sensitivity.Select(f => ($"data: without implausible trade ({implausible.Count} dyad-years: trade > a state's GDP, or a mirror-flagged focus year), {reference.Label}", f))
            .Concat(TheoryCatalog.All.Select(t => (t, influence.Where(x => x.Fit.Theory.Id == t.Id && x.Without is not null).ToArray()))
                .Where(x => x.Item2.Length > 0)
                .SelectMany(x => x.Item2.Select(inf => ($"data: without the {inf.Top.Count} most influential dyads for {inf.Term} ({string.Join(", ", inf.Top.Select(d => d.Label))}), {reference.Label}", inf.Without!))))
            .ToArray();
        var robustness = RobustnessTable.Build(verdicts, reference, rule, sensitivityRows);
        Phase("influence and robustness");

        progress?.Report("China–Central Asia: events (ICEWS 2002–2014, GDELT 2018–2024), UCDP conflicts to 2024");
        var events = EventSeries.Build(store, region);
        var (conflicts, conflictsLast) = UcdpConflicts.Build(store, region);
        progress?.Report("China–Central Asia: Chinese finance and investment exposure");
        // AidData and AEI record Chinese finance: only for a China focus.
        var finance = region.FocusCcode == FocusDyad.China ? FinanceSeries.Build(store, region) : [];
        var milestones = Milestones.Build(store);
        Phase("events, conflicts, finance");

        progress?.Report($"predicted MID risk per theory and counterfactuals to {latestTrade} (simulation)");
        var focus = FocusPanel.Build(store, trade, latestTrade, progress: null, region);
        var risks = new List<PredictedRisk>();
        var post = samples.First(s => s.Dyads == DyadSet.PoliticallyRelevant && s.Years.First == 1992);
        foreach (var fit in fits.Where(f => f.Kind == FitKind.Logit && f.Sample == post))
        {
            foreach (var cf in CounterfactualCatalog.All.Where(c => c.Affects(fit.Theory)))
            {
                risks.AddRange(RiskPredictions.Predict(fit, focus, cf, sim));
            }
        }

        Phase("predicted risk");
        var onsets = CountRegionMids(world.Frame, region);
        progress?.Report("within-region model of net cooperation");
        var netCoop = NetCooperationModel.Fit(trade, events);
        var gravity = region.IsChinaCentralAsia ? Gravity.GravityModel.Fit(store, progress)
            : new Gravity.GravityResult(null, null, 0, "The gravity model is specified for China–Central Asia flows (bri_china_ca).", $"not estimated for {region.Title}");
        Phase("net cooperation and gravity");
        var notes = world.Notes.ToList();
        notes.Add($"Predicted risk runs to {focus.LastYear}, the last year with trade data: covariates that end earlier (COW IGO and trade shares 2014, COW majors 2016, ATOP 2018, NMC 2022) are carried forward from their last year and named per row in predicted_risk.csv (carried_forward); peace-years after 2014 assume that no MID began after 2014 (COW MID 5.0 ends in 2014), labelled on the charts.");
        return new StudyResult(options, verdicts, fits, trade, events, finance, milestones, risks, netCoop, gravity, onsets, latestTrade,
            world.Frame.RowCount, notes, world.Codebook, world.Sources, clock.Elapsed,
            robustness, influence, focus, StudyProvenance.Collect(options, store.DataDirectory), conflicts, conflictsLast, phases, world.Frame);
    }

    /// <summary>World dyad-years left out of the data-quality sensitivity refit: implausible dependence or mirror-flagged focus years.</summary>
    private static HashSet<(double, int)> ImplausibleRows(Core.Frames.Frame world, double[] d1, double[] d2, IReadOnlySet<(double, int)> flagged)
    {
        var dyad = world.Numeric(StudyColumns.Dyad).Values;
        var year = world.Numeric(StudyColumns.Year).Values;
        var set = new HashSet<(double, int)>(flagged);
        for (var r = 0; r < world.RowCount; r++)
        {
            if (d1[r] > ImplausibleDependence || d2[r] > ImplausibleDependence)
            {
                set.Add((dyad[r], (int)year[r]));
            }
        }

        return set;
    }

    /// <summary>Dyad id → "ISO–ISO" from the world panel.</summary>
    private static Dictionary<double, string> DyadLabels(Core.Frames.Frame world)
    {
        var dyad = world.Numeric(StudyColumns.Dyad).Values;
        var a = world.Text("iso3_1").Values;
        var b = world.Text("iso3_2").Values;
        var map = new Dictionary<double, string>();
        for (var r = 0; r < world.RowCount; r++)
        {
            if (!map.ContainsKey(dyad[r]))
            {
                map[dyad[r]] = $"{a[r] ?? "?"}–{b[r] ?? "?"}";
            }
        }

        return map;
    }

    /// <summary>The overall verdict per <see cref="VerdictRule"/>, with the reason in words.</summary>
    public static TheoryVerdict Judge(TheorySpecification theory, IReadOnlyList<TheoryFit> main, TheoryFit? firth, Sample reference, VerdictRule rule)
    {
        var mainVerdicts = main.Where(m => m.Verdict is not null).Select(m => m.Verdict!.Value).ToArray();
        var refVerdict = main.FirstOrDefault(m => m.Sample == reference)?.Verdict;
        var overall = mainVerdicts.Length == 0 ? Verdict.NotSupported : rule.JudgeTheory(mainVerdicts, firth?.Verdict, refVerdict);
        var reason = $"{mainVerdicts.Count(v => v == Verdict.Supported)} of {main.Count} specifications supported, "
            + $"{mainVerdicts.Count(v => v == Verdict.NotSupported)} not supported, {mainVerdicts.Count(v => v == Verdict.Mixed)} mixed"
            + (main.Count(m => m.Verdict is null) > 0 ? $", {main.Count(m => m.Verdict is null)} not estimable" : "")
            + (firth?.Verdict is { } fv ? $"; Firth check: {(fv == Verdict.NotSupported ? "not supported" : fv.ToString().ToLowerInvariant())}" : firth?.Problem is { } fp ? $"; Firth check unavailable ({fp})" : "")
            + ".";
        return new TheoryVerdict(theory, main, firth, overall, reason);
    }

    private static int CountRegionMids(Core.Frames.Frame world, StudyRegion region)
    {
        var dyad = world.Numeric(StudyColumns.Dyad).Values;
        var onset = world.Numeric("cowmidonset").Values;
        var ids = region.DyadIds;
        return Enumerable.Range(0, world.RowCount).Count(r => ids.Contains(dyad[r]) && onset[r] == 1);
    }
}
