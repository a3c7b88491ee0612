using Caravan.Cli.Commands;
using Caravan.Core.Frames;
using Caravan.Estimation;
using Caravan.Estimation.Estimators;

namespace Caravan.Cli.Tests.Commands;

/// <summary>The firth/relogit options of `caravan fit`: parsing, validation and dispatch (no console involved).</summary>
public sealed class PenalizedModelsTests
{
    private static System.CommandLine.ParseResult Parse(string extra) =>
        FitCommand.Create().Parse($"--data x.csv --formula \"y ~ x\" {extra}");

    private static Frame Data()
    {
        const int n = 80;
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Sin(i * 0.37) * 2;
            y[i] = x[i] + Math.Cos(i * 1.7) > 1.2 ? 1 : 0;
        }

        return new Frame([new NumericColumn("y", y), new NumericColumn("x", x)]);
    }

    [Fact]
    public void Relogit_options_are_parsed_with_fraction_tau()
    {
        var o = PenalizedModels.RareEventsOptionsFrom(Parse("--model relogit --tau 1042/303772 --weighting weighting --no-bias-correction"));
        Assert.Equal(1042.0 / 303772.0, o.Tau);
        Assert.Equal(RareEventsCorrection.Weighting, o.Correction);
        Assert.False(o.BiasCorrect);
        var d = PenalizedModels.RareEventsOptionsFrom(Parse("--model relogit"));
        Assert.Null(d.Tau);
        Assert.True(d.BiasCorrect);
    }

    [Theory]
    [InlineData("--tau abc")]
    [InlineData("--tau 1/2/3")]
    [InlineData("--weighting weighting")]
    [InlineData("--tau 0.01 --weighting sometimes")]
    public void Bad_relogit_options_are_clear_errors(string args) =>
        Assert.Throws<EstimationException>(() => PenalizedModels.RareEventsOptionsFrom(Parse("--model relogit " + args)));

    [Fact]
    public void Firth_options_and_dispatch()
    {
        var o = PenalizedModels.FirthOptionsFrom(Parse("--model firth --firth-correction flic --wald"));
        Assert.Equal(FirthCorrection.Flic, o.Correction);
        Assert.False(o.ProfileLikelihood);
        Assert.Throws<EstimationException>(() => PenalizedModels.FirthOptionsFrom(Parse("--firth-correction flick")));

        var parse = Parse("--model firth");
        var fit = PenalizedModels.TryFit("firth", parse, Data(), "y ~ x", FitOptions.Default);
        Assert.NotNull(fit);
        Assert.Equal(ModelKind.FirthLogit, fit.Kind);
        Assert.Null(PenalizedModels.TryFit("logit", parse, Data(), "y ~ x", FitOptions.Default));
        var tau = PenalizedModels.TryFit("relogit", Parse("--tau 0.02"), Data(), "y ~ x", FitOptions.Default);
        Assert.Equal(ModelKind.RareEventsLogit, tau!.Kind);
        Assert.Throws<EstimationException>(() => PenalizedModels.TryFit("relogit", Parse("--tau 1.5"), Data(), "y ~ x", FitOptions.Default));
    }
}
