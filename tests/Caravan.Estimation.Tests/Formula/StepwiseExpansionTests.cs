using Caravan.Estimation.Formula;

namespace Caravan.Estimation.Tests.Formula;

/// <summary>fixest's sw/csw/sw0/csw0 (see ?fixest::stepwise): expansions checked against fixest's documented order.</summary>
public sealed class StepwiseExpansionTests
{
    [Theory]
    [InlineData("y ~ x1 + sw(x2, x3)", new[] { "y ~ x1 + x2", "y ~ x1 + x3" })]
    [InlineData("y ~ x1 + csw(x2, x3)", new[] { "y ~ x1 + x2", "y ~ x1 + x2 + x3" })]
    [InlineData("y ~ x1 + sw0(x2, x3)", new[] { "y ~ x1", "y ~ x1 + x2", "y ~ x1 + x3" })]
    [InlineData("y ~ csw0(x2, log(x3 + 1))", new[] { "y ~ 1", "y ~ x2", "y ~ x2 + log(x3 + 1)" })]
    [InlineData("y ~ csw(a, b) + z", new[] { "y ~ a + z", "y ~ a + b + z" })]
    [InlineData("y ~ sw0(a) + z", new[] { "y ~ z", "y ~ a + z" })]
    [InlineData("y ~ x | csw(fe1, fe2)", new[] { "y ~ x | fe1", "y ~ x | fe1 + fe2" })]
    [InlineData("y ~ x | csw0(fe1, fe1^fe2)", new[] { "y ~ x", "y ~ x | fe1", "y ~ x | fe1 + fe1^fe2" })]
    [InlineData("y ~ sw(poly(x, 2), i(year, ref = 1992))", new[] { "y ~ poly(x, 2)", "y ~ i(year, ref = 1992)" })]
    [InlineData("y ~ swing + csw_x", new[] { "y ~ swing + csw_x" })]
    public void Expands_as_fixest(string formula, string[] expected) =>
        Assert.Equal(expected, StepwiseExpansion.Expand(formula));

    [Fact]
    public void One_stepwise_function_per_formula_and_no_empty_arguments()
    {
        var two = Assert.Throws<EstimationException>(() => StepwiseExpansion.Expand("y ~ sw(a, b) + csw(c, d)"));
        Assert.Contains("position 16", two.Message, StringComparison.Ordinal);
        Assert.Throws<EstimationException>(() => StepwiseExpansion.Expand("y ~ sw(a, , b)"));
        Assert.Throws<EstimationException>(() => StepwiseExpansion.Expand("y ~ sw(a, b"));
    }

    [Fact]
    public void Pairs_formulas_and_models_by_the_documented_rules()
    {
        var oneModel = ModelPairing.Pair(["y ~ a", "y ~ csw(a, b)"], ["logit"]);
        Assert.Equal(["y ~ a", "y ~ a", "y ~ a + b"], oneModel.Select(s => s.Formula));
        Assert.All(oneModel, s => Assert.Equal("logit", s.Model));
        Assert.Equal([0, 1, 1], oneModel.Select(s => s.Source));

        var oneFormula = ModelPairing.Pair(["y ~ a"], ["logit", "probit"]);
        Assert.Equal(["logit", "probit"], oneFormula.Select(s => s.Model));

        var paired = ModelPairing.Pair(["y ~ a", "y ~ b"], ["ols", "poisson"]);
        Assert.Equal([("y ~ a", "ols"), ("y ~ b", "poisson")], paired.Select(s => (s.Formula, s.Model)));

        Assert.Equal("ols", Assert.Single(ModelPairing.Pair(["y ~ a"], [])).Model);
        var e = Assert.Throws<EstimationException>(() => ModelPairing.Pair(["y ~ a", "y ~ b", "y ~ c"], ["ols", "logit"]));
        Assert.Contains("3 --formula and 2 --model", e.Message, StringComparison.Ordinal);
    }
}
