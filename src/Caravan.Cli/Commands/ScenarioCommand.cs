using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Caravan.Analysis;
using Caravan.Analysis.Scenarios;
using Caravan.Data.Panels;
using Caravan.Data.Sources;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Indicators;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan scenario --file s.json [--reduced] [--json]</c>: the dashboard's scenario simulator from the command line —
/// the same JSON (<see cref="ScenarioFile"/>), the same evaluation (<see cref="ScenarioSimulator"/>) on the study's models.
/// </summary>
internal static class ScenarioCommand
{
    internal static Command Create()
    {
        var file = new Option<string>("--file") { Description = "Scenario JSON, e.g. {\"dyad\":\"TKM\",\"fromYear\":2000,\"toYear\":2014,\"sco\":1}", Required = true };
        var reduced = new Option<bool>("--reduced") { Description = "Use the reduced study (politically relevant dyads 1992-2014, 100 draws): fast" };
        var seed = new Option<int>("--seed") { Description = "Seed of every simulation", DefaultValueFactory = _ => new StudyOptions().Seed };
        var draws = new Option<int>("--draws") { Description = "Simulation draws", DefaultValueFactory = _ => 1000 };
        var data = new Option<string?>("--data") { Description = "Data folder (default: the repository's data/, or CARAVAN_DATA)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (the web API's shape)" };
        var command = new Command("scenario", "Evaluate a scenario (changes to trade, expectations, SCO/IGO ties, alliance, capabilities) for a China–Central Asia dyad: predicted Pr(MID onset) with simulation intervals against the baseline.");
        foreach (var o in new Option[] { file, reduced, seed, draws, data, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var changes = ScenarioFile.Read(parse.GetValue(file)!);
                changes.Validate();
                var isReduced = parse.GetValue(reduced);
                var options = new StudyOptions(parse.GetValue(seed), isReduced ? Math.Min(100, parse.GetValue(draws)) : parse.GetValue(draws), isReduced, parse.GetValue(data));
                var study = ChinaCentralAsiaStudy.Run(options);
                var outcome = ScenarioSimulator.From(study).Evaluate(changes);
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(Caravan.Web.Api.ScenarioJson.Shape(outcome, 0), new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                    return 0;
                }

                Print(outcome, stdout);
                return 0;
            }
            catch (Exception e) when (e is StudyInputException or IndicatorInputException or PanelException or StoreException
                or DataDirectoryNotFoundException or EstimationException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static void Print(ScenarioOutcome o, TextWriter w)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine($"scenario: {o.Dyad.Label} {o.Changes.FromYear}-{o.Changes.ToYear}: {o.Description}");
        w.WriteLine($"models: logit on {o.Sample}; {o.Draws} coefficient draws, seed {o.Seed}; Pr(MID onset) per year, 95% simulation intervals");
        if (o.YearsWithoutData.Count > 0)
        {
            w.WriteLine($"no complete data for {string.Join(", ", o.YearsWithoutData)}");
        }

        if (o.Assumption.Length > 0)
        {
            w.WriteLine($"note: {o.Assumption} Years marked * below.");
        }

        foreach (var t in o.Theories)
        {
            w.WriteLine();
            w.WriteLine(t.Theory);
            w.WriteLine("  year  baseline [95%]                 scenario [95%]                 difference [95%]");
            foreach (var y in t.Years)
            {
                w.WriteLine(string.Create(c, $"  {y.Year}{(y.Carried.Count > 0 ? "*" : " ")} {y.BaselineMean,9:G4} [{y.BaselineLower:G3}, {y.BaselineUpper:G3}]  {y.ScenarioMean,9:G4} [{y.ScenarioLower:G3}, {y.ScenarioUpper:G3}]  {y.DifferenceMean,10:G3} [{y.DifferenceLower:G3}, {y.DifferenceUpper:G3}]"));
                foreach (var s in y.OutsideSupport)
                {
                    w.WriteLine($"        warning: {s}");
                }
            }

            // The carried covariates, once per run of years with the same set.
            foreach (var g in t.Years.Where(y => y.Carried.Count > 0).GroupBy(y => string.Join("; ", y.Carried)))
            {
                var years = g.Select(y => y.Year).ToArray();
                w.WriteLine($"  * {(years.Length == 1 ? $"{years[0]}" : $"{years.Min()}-{years.Max()}")}: {g.Key}");
            }
        }
    }
}
