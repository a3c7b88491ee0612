using System.CommandLine;
using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Estimators;
using Caravan.Estimation.Results;

namespace Caravan.Cli.Commands;

/// <summary>
/// The `fit` options and dispatch of the penalised logits (`--model firth`, `--model relogit`), kept
/// apart from FitCommand.cs: <see cref="AddTo"/> adds the options, <see cref="TryFit"/> fits when the
/// model is one of ours (null otherwise).
/// </summary>
internal static class PenalizedModels
{
    public static readonly Option<string?> Tau = new("--tau")
    {
        Description = "relogit: population event rate tau in (0, 1), e.g. 1042/303772 (a fraction is accepted).",
    };

    public static readonly Option<string> Weighting = new("--weighting")
    {
        Description = "relogit: case-control correction with --tau: 'prior' (intercept correction, default) or 'weighting'.",
        DefaultValueFactory = _ => "prior",
    };

    public static readonly Option<bool> NoBiasCorrection = new("--no-bias-correction")
    {
        Description = "relogit: skip King-Zeng's rare-events bias correction.",
    };

    public static readonly Option<string> FirthCorrectionOption = new("--firth-correction")
    {
        Description = "firth: 'none' (logistf, default), 'flic' or 'flac' (Puhr et al. 2017).",
        DefaultValueFactory = _ => "none",
    };

    public static readonly Option<bool> Wald = new("--wald")
    {
        Description = "firth: Wald intervals and p-values instead of profile penalised likelihood.",
    };

    public static readonly Option<string> FirthVarianceOption = new("--firth-variance")
    {
        Description = "firth: 'logistf' (augmented-data information inverse, as logistf >= 1.24; default) or 'information' (logistf < 1.24).",
        DefaultValueFactory = _ => "logistf",
    };

    public static readonly Option<bool> ScaleVariance = new("--relogit-scale-variance")
    {
        Description = "relogit: scale the variance by (n/(n+k))^2 (King & Zeng 2001); default unscaled, as Zelig prints it.",
    };

    public static bool Handles(string model) => model.ToLowerInvariant() is "firth" or "relogit";

    public static void AddTo(Command fit)
    {
        fit.Options.Add(Tau);
        fit.Options.Add(Weighting);
        fit.Options.Add(NoBiasCorrection);
        fit.Options.Add(FirthCorrectionOption);
        fit.Options.Add(Wald);
        fit.Options.Add(FirthVarianceOption);
        fit.Options.Add(ScaleVariance);
    }

    /// <summary>Fits `firth` or `relogit`; null for any other model. Bad option values throw <see cref="EstimationException"/>.</summary>
    public static FitResult? TryFit(string model, ParseResult parse, Frame data, string formula, FitOptions options) =>
        model.ToLowerInvariant() switch
        {
            "firth" => Fit.Firth(data, formula, FirthOptionsFrom(parse), options),
            "relogit" => Fit.RareEvents(data, formula, RareEventsOptionsFrom(parse), options),
            _ => null,
        };

    internal static FirthOptions FirthOptionsFrom(ParseResult parse)
    {
        var correction = (parse.GetValue(FirthCorrectionOption) ?? "none").ToLowerInvariant() switch
        {
            "none" => FirthCorrection.None,
            "flic" => FirthCorrection.Flic,
            "flac" => FirthCorrection.Flac,
            var other => throw new EstimationException($"--firth-correction must be none, flic or flac; got '{other}'."),
        };
        var variance = (parse.GetValue(FirthVarianceOption) ?? "logistf").ToLowerInvariant() switch
        {
            "logistf" or "augmented" => FirthVariance.Augmented,
            "information" => FirthVariance.Information,
            var other => throw new EstimationException($"--firth-variance must be logistf or information; got '{other}'."),
        };
        return FirthOptions.Default with { Correction = correction, ProfileLikelihood = !parse.GetValue(Wald), Variance = variance };
    }

    internal static RareEventsOptions RareEventsOptionsFrom(ParseResult parse)
    {
        var tauText = parse.GetValue(Tau);
        double? tau = tauText is null ? null : ParseTau(tauText);
        var correction = (parse.GetValue(Weighting) ?? "prior").ToLowerInvariant() switch
        {
            "prior" => RareEventsCorrection.PriorCorrection,
            "weighting" => RareEventsCorrection.Weighting,
            var other => throw new EstimationException($"--weighting must be 'prior' or 'weighting'; got '{other}'."),
        };
        if (tau is null && correction == RareEventsCorrection.Weighting)
        {
            throw new EstimationException("--weighting weighting needs --tau (the population event rate).");
        }

        return new RareEventsOptions(tau, correction, !parse.GetValue(NoBiasCorrection), parse.GetValue(ScaleVariance));
    }

    /// <summary>Parses "0.0034" or "1042/303772".</summary>
    internal static double ParseTau(string text)
    {
        var parts = text.Split('/');
        if (parts.Length is 1 or 2
            && parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var v = double.Parse(parts[0], CultureInfo.InvariantCulture);
            return parts.Length == 2 ? v / double.Parse(parts[1], CultureInfo.InvariantCulture) : v;
        }

        throw new EstimationException($"--tau must be a number or a fraction like 1042/303772; got '{text}'.");
    }
}
