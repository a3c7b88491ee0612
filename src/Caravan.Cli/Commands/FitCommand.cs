using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Cli.Commands;

/// <summary>`caravan fit`: fit a model to a CSV/Parquet file and print (and optionally write) its coefficient table.</summary>
internal static class FitCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "Data file: .csv, .csv.gz, .parquet or Stata .dta.", Required = true };
    private static readonly Option<string> Model = new("--model")
    {
        Description = "ols, logit, probit, poisson (= ppml), firth, relogit.",
        DefaultValueFactory = _ => "ols",
    };

    private static readonly Option<string> FormulaOpt = new("--formula") { Description = "e.g. \"y ~ x1 + log(x2) | fe1 + fe2\".", Required = true };
    private static readonly Option<string?> VcovOpt = new("--vcov")
    {
        Description = "iid, hetero, hc0, cluster:VAR, twoway:VAR1+VAR2, nw:LAG, dk:LAG (default: clustered by the first fixed effect, else iid).",
    };

    private static readonly Option<string?> Out = new("--out") { Description = "Write the table; format by extension: .md, .tex, .html, .csv, .txt." };
    private static readonly Option<bool> Timings = new("--timings") { Description = "Print read, fit and variance times." };
    private static readonly Option<string?> Weights = new("--weights") { Description = "Weights column." };
    private static readonly Option<string?> PanelOpt = new("--panel", "--panel-id") { Description = "Panel unit column(s), a or a^b (Newey-West on panels; lags l()/f(), default inferred: dyad, ccode1^ccode2 or ccode)." };
    private static readonly Option<string?> Where = new("--where") { Description = "Estimate on the rows where this condition is TRUE (NA and FALSE dropped), e.g. \"year >= 1950 & gmlmidongoing == 0\"." };
    private static readonly Option<string?> TimeOpt = new("--time") { Description = "Time column (Newey-West, Driscoll-Kraay)." };
    private static readonly Option<int?> Threads = new("--threads") { Description = "Threads (default: all cores)." };
    private static readonly Option<string[]> Na = new("--na") { Description = "More CSV cells to read as missing, e.g. --na n/a --na -999 (always: empty, NA, NaN, nan, null, NULL, ., N/A).", AllowMultipleArgumentsPerToken = false };

    internal static Command Create()
    {
        var cmd = new Command("fit", "Fit OLS/logit/probit/Poisson (PPML) with fixed effects, or Firth/rare-events logit, and print the coefficient table.");
        foreach (var o in new Option[] { Data, Model, FormulaOpt, VcovOpt, Out, Timings, Weights, PanelOpt, TimeOpt, Threads, Where, Na })
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
            var path = parse.GetValue(Data)!;
            var model = (parse.GetValue(Model) ?? "ols").Trim().ToLowerInvariant();
            var formula = parse.GetValue(FormulaOpt)!;
            var vcovText = parse.GetValue(VcovOpt);
            var spec = vcovText is null ? null : VcovSpec.Parse(vcovText);
            var options = new FitOptions
            {
                Vcov = new VcovSpec.Iid(),
                Weights = parse.GetValue(Weights),
                PanelId = parse.GetValue(PanelOpt),
                TimeVar = parse.GetValue(TimeOpt),
                Threads = parse.GetValue(Threads),
            };

            Caravan.Data.Exports.OutputGuard.RefuseInputAsOutput(parse.GetValue(Out), "--out", [(path, "--data")]);
            if (parse.GetValue(Out) is { } outPath)
            {
                Caravan.Data.Exports.OutputGuard.RefuseDataFolder(outPath, "--out");
            }

            var sw = Stopwatch.StartNew();
            var frame = FrameReader.Read(path, new CsvReadOptions { ExtraMissing = parse.GetValue(Na) ?? [] });
            var tRead = sw.Elapsed.TotalSeconds;
            options = FitWhere.Apply(parse.GetValue(Where), frame, options);

            sw.Restart();
            var fit = FitModel(model, parse, frame, formula, options);
            var tFit = sw.Elapsed.TotalSeconds;

            sw.Restart();
            spec ??= Fit.DefaultVcov(fit);
            if (spec != fit.VcovSpec)
            {
                fit = fit.WithVcov(spec);
            }

            var tVcov = sw.Elapsed.TotalSeconds;
            FitTableOutput.Emit(fit, parse.GetValue(Out), Console.Out);
            if (!fit.Converged)
            {
                Console.Error.WriteLine("WARNING: the estimation did NOT converge; see the notes above. Do not use these estimates.");
            }

            if (parse.GetValue(Timings))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read: {tRead:F3} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fit: {tFit:F3} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vcov: {tVcov:F3} s"));
            }

            return fit.Converged ? 0 : 3;
        }
        catch (Exception e) when (e is EstimationException or Caravan.Core.Expressions.ExpressionException or InvalidDataException or FileNotFoundException or IOException or UnauthorizedAccessException or Caravan.Data.Exports.ExportException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }

    private static FitResult FitModel(string model, ParseResult parse, Frame frame, string formula, FitOptions options)
    {
        if (PenalizedModels.Handles(model))
        {
            return PenalizedModels.TryFit(model, parse, frame, formula, options)!;
        }

        var kind = model switch
        {
            "ols" or "lm" => ModelKind.Ols,
            "logit" => ModelKind.Logit,
            "probit" => ModelKind.Probit,
            "poisson" or "ppml" => ModelKind.Poisson,
            _ => throw new EstimationException($"Unknown model '{model}'. Use ols, logit, probit, poisson, ppml, firth or relogit."),
        };
        return Fit.Model(kind, frame, formula, options);
    }
}
