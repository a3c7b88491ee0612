using System.Diagnostics;
using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Models;
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
    public static StudyResult Run(StudyOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        using var store = CaravanStore.Open(new StoreOptions(options.DataDirectory));
        var rule = VerdictRule.Default;
        var sim = new SimulationOptions(Draws: options.Draws, Seed: options.Seed);
        var samples = options.Reduced
            ? Samples.Main.Where(s => s.Years.First == 1992 && s.Dyads == DyadSet.PoliticallyRelevant).ToArray()
            : Samples.Main.ToArray();
        var reference = options.Reduced ? samples[0] : Samples.Reference;
        var world = WorldPanel.Build(store, new YearRange(samples.Min(s => s.Years.First), 2014), progress, relevantOnly: options.Reduced);

        // Every (theory, sample, estimator) fit is independent and seeded, so they run two at a time; results keep catalog order.
        var jobs = TheoryCatalog.All.SelectMany(t => samples.Select(s => (Theory: t, Sample: s, Kind: FitKind.Logit))
            .Append((Theory: t, Sample: reference, Kind: FitKind.Firth))).ToArray();
        var done = new TheoryFit[jobs.Length];
        var gate = new Lock();
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) }, i =>
        {
            var (theory, s, kind) = jobs[i];
            done[i] = ConflictModel.Fit(world.Frame, theory, s, kind, sim, rule);
            lock (gate)
            {
                progress?.Report($"fitted {theory.Name} on {s.Label} ({(kind == FitKind.Logit ? "logit, dyad-clustered SEs" : "Firth rare-events check")})");
            }
        });
        var fits = done.ToList();
        var verdicts = TheoryCatalog.All.Select(t => Judge(t,
            fits.Where(f => f.Theory.Id == t.Id && f.Kind == FitKind.Logit).ToArray(),
            fits.FirstOrDefault(f => f.Theory.Id == t.Id && f.Kind == FitKind.Firth), reference, rule)).ToList();

        progress?.Report("China–Central Asia: trade, dependence, SCO ties");
        var lastYear = store.QueryColumn<int>("SELECT max(year) FROM wb_gdp").Single();
        var trade = RegionalPanel.Build(store, lastYear, progress).Where(t => t.Year <= lastYear).ToArray();
        var latestTrade = trade.Where(t => double.IsFinite(t.Reconciled)).Max(t => t.Year);
        trade = trade.Where(t => t.Year <= latestTrade).ToArray();
        progress?.Report("China–Central Asia: events (ICEWS 2002–2014, GDELT 2018–2024)");
        var events = EventSeries.Build(store);
        progress?.Report("China–Central Asia: Chinese finance and investment exposure");
        var finance = FinanceSeries.Build(store);
        var milestones = Milestones.Build(store);

        progress?.Report("predicted MID risk per theory and counterfactuals (simulation)");
        var risks = new List<PredictedRisk>();
        var post = samples.First(s => s.Dyads == DyadSet.PoliticallyRelevant && s.Years.First == 1992);
        foreach (var fit in fits.Where(f => f.Kind == FitKind.Logit && f.Sample == post))
        {
            foreach (var cf in CounterfactualCatalog.All.Where(c => c.Affects(fit.Theory)))
            {
                risks.AddRange(RiskPredictions.Predict(fit, world.Frame, cf, sim));
            }
        }

        var onsets = CountChinaCentralAsiaMids(world.Frame);
        progress?.Report("within-region model of net cooperation");
        var netCoop = NetCooperationModel.Fit(trade, events);
        var gravity = Gravity.GravityModel.Fit(store, progress);
        var notes = world.Notes.ToList();
        return new StudyResult(options, verdicts, fits, trade, events, finance, milestones, risks, netCoop, gravity, onsets, latestTrade,
            world.Frame.RowCount, notes, world.Codebook, world.Sources, clock.Elapsed);
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

    private static int CountChinaCentralAsiaMids(Core.Frames.Frame world)
    {
        var c1 = world.Numeric(StudyColumns.Ccode1).Values;
        var c2 = world.Numeric(StudyColumns.Ccode2).Values;
        var onset = world.Numeric("cowmidonset").Values;
        var codes = FocusDyad.All.Select(d => d.Ccode).ToHashSet();
        return Enumerable.Range(0, world.RowCount).Count(r => codes.Contains((int)c1[r]) && (int)c2[r] == FocusDyad.China && onset[r] == 1);
    }
}
