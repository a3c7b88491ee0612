using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan fit`: fit one or several models to a CSV/Parquet file and print (and optionally write) one
/// table with the models side by side. Repeat --formula and --model (one model for all formulas, one
/// formula for all models, or one model per formula); fixest's sw()/csw() expand a formula into several.
/// </summary>
internal static class FitCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "Data file: .csv, .csv.gz, .parquet or Stata .dta.", Required = true };
    private static readonly Option<string[]> Model = new("--model")
    {
        Description = "ols, logit, probit, poisson (= ppml), firth, relogit (repeatable: one for all formulas, or one per formula; default ols).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string[]> FormulaOpt = new("--formula")
    {
        Description = "e.g. \"y ~ x1 + log(x2) | fe1 + fe2\"; repeatable; sw(a, b) / csw(a, b) / sw0 / csw0 expand it as fixest.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string[]> VcovOpt = new("--vcov")
    {
        Description = "iid, hetero, hc0, cluster:VAR, twoway:VAR1+VAR2, nw:LAG, dk:LAG (default: clustered by the first fixed effect, else iid); one for all models or one per model.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string[]> SscOpt = new("--ssc")
    {
        Description = "Small-sample convention of the variance: fixest (default, fixest's ssc()), stata (regress/logit/poisson), or fixest's ssc() switches, e.g. \"adj=false,fixef.K=none,cluster.adj=false,cluster.df=conventional,t.df=conventional\" (t.df also takes an integer, e.g. t.df=30); one for all models or one per model.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string[]> Out = new("--out")
    {
        Description = "Write the table (repeatable); format by extension: .txt, .md, .tex, .html, .csv, .docx. Checked before fitting.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<bool> Timings = new("--timings") { Description = "Print read, fit and variance times." };
    private static readonly Option<string?> Weights = new("--weights") { Description = "Weights column." };
    private static readonly Option<string?> PanelOpt = new("--panel", "--panel-id") { Description = "Panel unit column(s), a or a^b (Newey-West on panels; lags l()/f(), default inferred: dyad, ccode1^ccode2 or ccode)." };
    private static readonly Option<string?> Where = new("--where") { Description = "Estimate on the rows where this condition is TRUE (NA and FALSE dropped), e.g. \"year >= 1950 & gmlmidongoing == 0\"." };
    private static readonly Option<string?> TimeOpt = new("--time") { Description = "Time column (Newey-West, Driscoll-Kraay)." };
    private static readonly Option<int?> Threads = new("--threads") { Description = "Threads (default: all cores)." };
    private static readonly Option<string[]> Na = new("--na") { Description = "More CSV cells to read as missing, e.g. --na n/a --na -999 (always: empty, NA, NaN, nan, null, NULL, ., N/A).", AllowMultipleArgumentsPerToken = false };

    internal static Command Create()
    {
        var cmd = new Command("fit", "Fit OLS/logit/probit/Poisson (PPML) with fixed effects, or Firth/rare-events logit; several models side by side in one table.");
        foreach (var o in new Option[] { Data, Model, FormulaOpt, VcovOpt, SscOpt, Out, Timings, Weights, PanelOpt, TimeOpt, Threads, Where, Na })
        {
            cmd.Options.Add(o);
        }

        PenalizedModels.AddTo(cmd);
        TableOptions.AddTo(cmd);
        cmd.SetAction(Run);
        return cmd;
    }

    private static int Run(ParseResult parse)
    {
        try
        {
            // Everything the user can get wrong without data is checked first: models, variances, table options, outputs.
            var specs = ModelPairing.Pair(parse.GetValue(FormulaOpt) ?? [], parse.GetValue(Model) ?? []);
            foreach (var s in specs)
            {
                _ = KindOf(s.Model);
            }

            var vcovs = VcovsFor(parse.GetValue(VcovOpt) ?? [], specs.Count);
            var sscs = SscsFor(parse.GetValue(SscOpt) ?? [], specs.Count);
            var table = TableOptions.From(parse);
            if (table.ModelNames is { } names && names.Count != specs.Count)
            {
                throw new EstimationException($"{names.Count} --name for {specs.Count} models.");
            }

            var outs = parse.GetValue(Out) ?? [];
            foreach (var o in outs)
            {
                CheckOut(o);
            }

            var options = new FitOptions
            {
                Vcov = new VcovSpec.Iid(),
                Weights = parse.GetValue(Weights),
                PanelId = parse.GetValue(PanelOpt),
                TimeVar = parse.GetValue(TimeOpt),
                Threads = parse.GetValue(Threads),
            };

            var path = parse.GetValue(Data)!;
            foreach (var outPath in outs)
            {
                Caravan.Data.Exports.OutputGuard.RefuseInputAsOutput(outPath, "--out", [(path, "--data")]);
                Caravan.Data.Exports.OutputGuard.RefuseDataFolder(outPath, "--out");
            }

            var sw = Stopwatch.StartNew();
            var frame = FrameReader.Read(path, new CsvReadOptions { ExtraMissing = parse.GetValue(Na) ?? [] });
            var tRead = sw.Elapsed.TotalSeconds;
            options = FitWhere.Apply(parse.GetValue(Where), frame, options);

            var fits = new List<FitResult>(specs.Count);
            double tFit = 0, tVcov = 0;
            for (var i = 0; i < specs.Count; i++)
            {
                sw.Restart();
                var fit = FitOne(specs[i], parse, frame, options);
                tFit += sw.Elapsed.TotalSeconds;
                sw.Restart();
                var spec = vcovs[i] ?? Fit.DefaultVcov(fit);
                if (sscs[i] is { } ssc)
                {
                    spec = spec with { Ssc = ssc };
                }

                if (spec != fit.VcovSpec)
                {
                    fit = fit.WithVcov(spec);
                }

                tVcov += sw.Elapsed.TotalSeconds;
                fits.Add(fit);
            }

            FitTableOutput.Emit(fits, table, outs, Console.Out);
            var failed = fits.Select((f, i) => (f, i)).Where(x => !x.f.Converged).Select(x => x.i + 1).ToArray();
            if (failed.Length > 0)
            {
                Console.Error.WriteLine($"WARNING: model(s) {string.Join(", ", failed)} did NOT converge; see the notes above. Do not use these estimates.");
            }

            if (parse.GetValue(Timings))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read: {tRead:F3} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fit: {tFit:F3} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vcov: {tVcov:F3} s"));
            }

            return failed.Length == 0 ? 0 : 3;
        }
        catch (Exception e) when (e is EstimationException or Caravan.Core.Expressions.ExpressionException or InvalidDataException or FileNotFoundException or IOException or UnauthorizedAccessException or Caravan.Data.Exports.ExportException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }

    private static void CheckOut(string path)
    {
        try
        {
            RegressionTableRenderer.CheckTarget(path);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("--out: " + e.Message, e);
        }
        catch (IOException e)
        {
            throw new IOException("--out: " + e.Message, e);
        }
    }

    /// <summary>One --vcov for all models, or one per (expanded) model.</summary>
    private static VcovSpec?[] VcovsFor(string[] texts, int models)
    {
        if (texts.Length > 1 && texts.Length != models)
        {
            throw new EstimationException($"{texts.Length} --vcov for {models} models: give one for all models or one per model.");
        }

        var specs = texts.Select(VcovSpec.Parse).ToArray();
        return Enumerable.Range(0, models).Select(i => specs.Length == 0 ? null : specs[specs.Length == 1 ? 0 : i]).ToArray();
    }

    /// <summary>One --ssc for all models, or one per (expanded) model.</summary>
    internal static SmallSample?[] SscsFor(string[] texts, int models)
    {
        if (texts.Length > 1 && texts.Length != models)
        {
            throw new EstimationException($"{texts.Length} --ssc for {models} models: give one for all models or one per model.");
        }

        var sscs = texts.Select(SmallSample.Parse).ToArray();
        return Enumerable.Range(0, models).Select(i => sscs.Length == 0 ? null : sscs[sscs.Length == 1 ? 0 : i]).ToArray();
    }

    internal static FitResult FitOne(ModelSpecification spec, ParseResult parse, Frame frame, FitOptions options)
    {
        var model = spec.Model.Trim().ToLowerInvariant();
        if (PenalizedModels.Handles(model))
        {
            return PenalizedModels.TryFit(model, parse, frame, spec.Formula, options)!;
        }

        return Fit.Model(KindOf(model), frame, spec.Formula, options);
    }

    internal static ModelKind KindOf(string model) => model.Trim().ToLowerInvariant() switch
    {
        "ols" or "lm" => ModelKind.Ols,
        "logit" => ModelKind.Logit,
        "probit" => ModelKind.Probit,
        "poisson" or "ppml" => ModelKind.Poisson,
        "firth" => ModelKind.FirthLogit,
        "relogit" => ModelKind.RareEventsLogit,
        _ => throw new EstimationException($"Unknown model '{model}'. Use ols, logit, probit, poisson, ppml, firth or relogit."),
    };
}
