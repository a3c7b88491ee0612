using Caravan.Core.Expressions;
using Caravan.Estimation.Formula;

namespace Caravan.Estimation.Tests.Formula;

public class FormulaParserTests
{
    [Fact]
    public void Star_expands_to_main_effects_and_interaction_in_R_order()
    {
        var f = FormulaParser.Parse("y ~ a*b + c");
        Assert.Equal(["a", "b", "c", "a:b"], f.Terms.Select(t => t.ToString()));
        Assert.True(f.Intercept);
    }

    [Fact]
    public void Fixed_effects_after_bar_with_caret_combinations()
    {
        var f = FormulaParser.Parse("log(y) ~ x | fe1 + fe2^fe3");
        Assert.Equal(["fe1", "fe2^fe3"], f.FixedEffects.Select(x => x.Name));
        Assert.False(f.Intercept);
        Assert.Equal("log(y)", f.Outcome.ToString());
    }

    [Fact]
    public void Intercept_can_be_removed()
    {
        Assert.False(FormulaParser.Parse("y ~ x - 1").Intercept);
        Assert.False(FormulaParser.Parse("y ~ 0 + x").Intercept);
    }

    [Fact]
    public void Functions_and_named_arguments_parse()
    {
        var f = FormulaParser.Parse("y ~ i(year, ref=1992) + I(x^2) + poly(x, 2) + sqrt(x) + exp(x) + bkt(py) + cubic(py)");
        Assert.Equal(7, f.Terms.Count);
        var i = Assert.IsType<CallExpr>(f.Terms[0].Factors[0]);
        Assert.Equal("i", i.Function);
        Assert.Equal(1992, Assert.IsType<NumExpr>(i.Named["ref"]).Value);
    }

    [Theory]
    [InlineData("y ~ log(x", "Formula position 10: expected ')' but the formula ended")]
    [InlineData("y ~ x + log(x2 + ", "Formula position 18: unexpected end")]
    [InlineData("y x", "Formula position 3: expected '~'")]
    [InlineData("y ~ x | ", "Formula position 9")]
    [InlineData("y ~ x^2", "Formula position 6: unexpected '^'")]
    public void Errors_point_at_the_position(string formula, string expected)
    {
        var e = Assert.Throws<EstimationException>(() => FormulaParser.Parse(formula));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }
}
