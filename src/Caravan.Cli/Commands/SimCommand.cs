using System.CommandLine;
using System.Globalization;
using Caravan.Core.Provenance;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Simulation;
using Caravan.Estimation.Vcov;
using Caravan.Reporting.Output;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan sim`: quantities of interest of one fitted model — predicted values/probabilities at covariate
/// profiles with first differences and risk ratios (King–Tomz–Wittenberg simulation, seeded), and average
/// marginal effects with delta-method errors (--dydx).
/// </summary>
internal static class SimCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "Data file: .csv, .csv.gz or .parquet.", Required = true };
    private static readonly Option<string> Model = new("--model") { Description = "ols, logit, probit, poisson, firth, relogit (default logit).", DefaultValueFactory = _ => "logit" };
    private static readonly Option<string> FormulaOpt = new("--formula") { Description = "The model's formula (no absorbed fixed effects for --at; --dydx allows them).", Required = true };
    private static readonly Option<string?> VcovOpt = new("--vcov") { Description = "Variance used for the draws and the delta method, as in fit (default: fixest's)." };
    private static readonly Option<string?> SscOpt = new("--ssc") { Description = "Small-sample convention of that variance, as in fit: fixest (default), stata, or fixest's ssc() switches." };
    private static readonly Option<string?> Weights = new("--weights") { Description = "Weights column." };
    private static readonly Option<string?> Where = new("--where") { Description = "Fit on the rows where this condition is TRUE, as fit --where (profiles and averages use that sample)." };
    private static readonly Option<string?> At = new("--at")
    {
        Description = "Profiles: \"cinc_ratio=p25,p75; contig=1\" (every combination; values: numbers, pNN, mean, median, min, max, factor levels). Profile 1 is the baseline of first differences and risk ratios.",
    };

    private static readonly Option<string> Others = new("--others")
    {
        Description = "Variables a profile does not set: mean (Zelig's setx), median, or observed (average over the sample).",
        DefaultValueFactory = _ => "mean",
    };

    private static readonly Option<int> Draws = new("--draws") { Description = "Simulation draws (default 1000).", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the draws (default 12345).", DefaultValueFactory = _ => 12345 };
    private static readonly Option<double> Level = new("--level") { Description = "Interval level (default 0.95).", DefaultValueFactory = _ => 0.95 };
    private static readonly Option<string?> Dydx = new("--dydx") { Description = "Average marginal effects of these variables (comma-separated, or 'all')." };
    private static readonly Option<int> Digits = new("--digits") { Description = "Decimals shown (default 4; CSV keeps full precision).", DefaultValueFactory = _ => 4 };
    private static readonly Option<string[]> Out = new("--out")
    {
        Description = "Write the tables (repeatable): .txt, .md, .tex, .html, .csv; with both --at and --dydx the effects go to NAME.ame.EXT. Checked before fitting.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal static Command Create()
    {
        var cmd = new Command("sim", "Quantities of interest of a fitted model: predicted values at profiles, first differences, risk ratios (simulated) and average marginal effects (delta method).");
        foreach (var o in new Option[] { Data, Model, FormulaOpt, VcovOpt, SscOpt, Weights, Where, At, Others, Draws, Seed, Level, Dydx, Digits, Out })
        {
            cmd.Options.Add(o);
        }

        PenalizedModels.AddTo(cmd);
        cmd.SetAction(Run);
        return cmd;
    }

    private static int Run(ParseResult parse)
    {
        try
        {
            var at = parse.GetValue(At);
            var dydx = parse.GetValue(Dydx);
            if (at is null && dydx is null)
            {
                throw new EstimationException("sim: give --at profiles and/or --dydx variables.");
            }

            var spec = new ModelSpecification(parse.GetValue(FormulaOpt)!, parse.GetValue(Model) ?? "logit", 0);
            _ = FitCommand.KindOf(spec.Model);
            var vcov = parse.GetValue(VcovOpt) is { } v ? VcovSpec.Parse(v) : null;
            var ssc = parse.GetValue(SscOpt) is { } sv ? SmallSample.Parse(sv) : null;
            var others = (parse.GetValue(Others) ?? "mean").ToLowerInvariant() switch
            {
                "mean" => HoldAt.Mean,
                "median" => HoldAt.Median,
                "observed" => HoldAt.Observed,
                var o => throw new EstimationException($"--others must be mean, median or observed; got '{o}'."),
            };
            var options = new SimulationOptions(parse.GetValue(Draws), parse.GetValue(Seed), parse.GetValue(Level), others);
            var digits = parse.GetValue(Digits);
            var outs = (parse.GetValue(Out) ?? []).Select(o => (Path: o, Format: GridOutput.FormatFor(o, "sim"))).ToArray();

            var frame = FrameReader.Read(parse.GetValue(Data)!);
            var fitOptions = FitWhere.Apply(parse.GetValue(Where), frame, new FitOptions { Vcov = new VcovSpec.Iid(), Weights = parse.GetValue(Weights) });
            var fit = FitCommand.FitOne(spec, parse, frame, fitOptions);
            var chosen = vcov ?? Fit.DefaultVcov(fit);
            if (ssc is not null)
            {
                chosen = chosen with { Ssc = ssc };
            }

            if (chosen != fit.VcovSpec)
            {
                fit = fit.WithVcov(chosen);
            }

            Console.WriteLine($"{RegressionTableRenderer.EstimatorName(fit.Kind)}: {fit.Formula}; N = {fit.Nobs.ToString("N0", CultureInfo.InvariantCulture)}; std. errors: {fit.VcovLabel}");
            foreach (var note in fit.Notes)
            {
                Console.WriteLine("Note: " + note);
            }

            var grids = new List<(string Suffix, Func<TableFormat, Grid> Make)>();
            if (at is not null)
            {
                var result = ProfileSimulation.Simulate(fit, ProfileGrid.Parse(fit, at), options);
                grids.Add((string.Empty, f => QuantityTables.Profiles(result, f, digits)));
            }

            if (dydx is not null)
            {
                var vars = dydx.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : dydx.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var effects = AverageMarginalEffects.Compute(fit, vars, options.Level);
                grids.Add((at is null ? string.Empty : ".ame", f => QuantityTables.MarginalEffects(effects, fit.VcovLabel, f, digits)));
            }

            foreach (var (_, make) in grids)
            {
                Console.Write(GridWriter.Write(make(TableFormat.Text), TableFormat.Text));
            }

            foreach (var (path, format) in outs)
            {
                foreach (var (suffix, make) in grids)
                {
                    var target = suffix.Length == 0 ? path : Path.ChangeExtension(path, null) + suffix + Path.GetExtension(path);
                    var g = make(format);
                    // CSV stays a plain table; the other formats record the model and the producing build.
                    if (format != TableFormat.Csv)
                    {
                        g = g with { Notes = [.. g.Notes, $"Model: {RegressionTableRenderer.EstimatorName(fit.Kind)} {fit.Formula}; N = {fit.Nobs}.", BuildInfo.Stamp] };
                    }

                    AtomicFile.WriteAllText(target, GridWriter.Write(g, format));
                    Console.WriteLine($"Wrote {target}");
                }
            }

            return 0;
        }
        catch (Exception e) when (e is EstimationException or InvalidDataException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }
}
