using Caravan.Core.Expressions;
using Caravan.Core.Frames;

namespace Caravan.Core.Tests.Expressions;

public class ExpressionParserTests
{
    [Theory]
    [InlineData("I((a+b)/c)", "I((a + b)/c)")]
    [InlineData("log( x )", "log(x)")]
    [InlineData("a*b^2", "a * b^2")]
    [InlineData("x>=1&y!=2|!z", "x >= 1 & y != 2 | !z")]
    [InlineData("ifelse(s=='CHN', 1e-3, -x)", "ifelse(s == \"CHN\", 1e-3, -x)")]
    [InlineData("pmax(a, b, na.rm=TRUE)", "pmax(a, b, na.rm = TRUE)")]
    [InlineData("l(x,2)", "l(x, 2)")]
    [InlineData("`my var` + 1", "`my var` + 1")]
    public void Labels_print_as_R_deparses_them(string text, string label) =>
        Assert.Equal(label, ExpressionParser.Parse(text).ToString());

    [Fact]
    public void Precedence_follows_R()
    {
        // -2^2 = -(2^2); 2^3^2 = 2^(3^2); ! binds looser than ==; & before |.
        var f = new Frame([new NumericColumn("x", [1])]);
        double Eval(string s) => new ExpressionEvaluator(f).Evaluate(ExpressionParser.Parse(s)).Numbers![0];
        Assert.Equal(-4, Eval("-2^2"));
        Assert.Equal(512, Eval("2^3^2"));
        Assert.Equal(0, Eval("!x == 1"));
        Assert.Equal(1, Eval("TRUE | FALSE & FALSE"));
        Assert.Equal(7, Eval("1 + 2 * 3"));
        Assert.Equal(0.5, Eval("x / 2"));
    }

    [Theory]
    [InlineData("x > 1 > 2", "cannot be chained")]
    [InlineData("log(x", "expected ')' but the expression ended")]
    [InlineData("\"abc", "unterminated string")]
    [InlineData("x +", "unexpected end of expression")]
    [InlineData("f(x, k = 1, k = 2)", "given twice")]
    public void Syntax_errors_name_the_position(string text, string what)
    {
        var e = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(text));
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
        Assert.True(e.Position > 0);
    }

    [Theory]
    [InlineData(60_000, "(", ")")]
    [InlineData(15_000, "log(", ")")]
    [InlineData(20_000, "-", "")]
    [InlineData(20_000, "!", "")]
    [InlineData(20_000, "x^", "")]
    public void Deep_nesting_is_an_error_not_a_stack_overflow(int depth, string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));
        var e = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(text));
        Assert.Contains($"nested more than {ExpressionParser.MaxDepth} levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_flat_chains_are_bounded_too()
    {
        // A left-deep tree of 100,000 '+' would overflow any recursive printer or evaluator.
        var text = string.Join(" + ", Enumerable.Repeat("x", 100_000));
        Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(text));
        var ok = string.Join(" + ", Enumerable.Repeat("x", 400));
        var f = new Frame([new NumericColumn("x", [1, 2])]);
        Assert.Equal([400.0, 800.0], new ExpressionEvaluator(f).Evaluate(ExpressionParser.Parse(ok)).Numbers!);
    }

    [Theory]
    [InlineData("s + 1", "is text and cannot be used in '+'")]
    [InlineData("s == 1", "compares text with a number")]
    [InlineData("ifelse(x > 0, s, 1)", "one branch is text")]
    [InlineData("nope * 2", "No column 'nope'")]
    [InlineData("poly(x, 2)", "formula term")]
    [InlineData("frob(x)", "unknown function 'frob'")]
    [InlineData("l(x, 1.5)", "k must be an integer")]
    [InlineData("pmin(x, na.rm = 3)", "na.rm must be TRUE or FALSE")]
    public void Type_errors_are_caught_before_evaluation(string text, string what)
    {
        var f = new Frame([new NumericColumn("x", [1]), new TextColumn("s", ["a"]), new NumericColumn("year", [2000]), new NumericColumn("ccode", [2])]);
        var e = Assert.Throws<ExpressionException>(() => new ExpressionEvaluator(f).TypeOf(ExpressionParser.Parse(text)));
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_keeps_TRUE_and_drops_FALSE_and_NA()
    {
        var f = new Frame([new NumericColumn("x", [1, double.NaN, 3, 0])]);
        Assert.Equal([false, false, true, false], RowFilter.Rows(f, "x > 1"));
        Assert.Equal([true, true, true, false], RowFilter.Rows(f, "is.na(x) | x > 0"));
        var e = Assert.Throws<ExpressionException>(() => RowFilter.Rows(f, "x + 1"));
        Assert.StartsWith("--where position 3: 'x + 1' is a number, not a condition", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lags_use_the_inferred_Caravan_panel_keys()
    {
        // Directed dyad-years: ccode1, ccode2, year; 2 -> 365 and 365 -> 2 are different units.
        var f = new Frame(
        [
            new NumericColumn("ccode1", [2, 2, 365, 365]),
            new NumericColumn("ccode2", [365, 365, 2, 2]),
            new NumericColumn("year", [2000, 2001, 2000, 2001]),
            new NumericColumn("x", [1, 2, 10, 20]),
        ]);
        var ev = new ExpressionEvaluator(f);
        Assert.Equal(["ccode1", "ccode2"], ev.Panel!.Id);
        var lag = ev.Evaluate(ExpressionParser.Parse("l(x, 1)")).Numbers!;
        Assert.True(double.IsNaN(lag[0]) && double.IsNaN(lag[2]));
        Assert.Equal(1, lag[1]);
        Assert.Equal(10, lag[3]);
        Assert.Equal([2.0, double.NaN, 20.0, double.NaN], ev.Evaluate(ExpressionParser.Parse("f(x)")).Numbers!);

        // A dyad column, when present, is the unit.
        Assert.Equal(["dyad"], PanelKeys.Infer(f.With(new TextColumn("dyad", ["a", "a", "b", "b"])))!.Id);
    }

    [Fact]
    public void Lags_refuse_duplicate_unit_years_and_missing_keys()
    {
        var dup = new Frame([new NumericColumn("ccode", [2, 2]), new NumericColumn("year", [2000, 2000]), new NumericColumn("x", [1, 2])]);
        var e = Assert.Throws<ExpressionException>(() => new ExpressionEvaluator(dup).Evaluate(ExpressionParser.Parse("l(x, 1)")));
        Assert.Contains("duplicate unit-times: rows 1 and 2", e.Message, StringComparison.Ordinal);

        var none = new Frame([new NumericColumn("x", [1, 2])]);
        e = Assert.Throws<ExpressionException>(() => new ExpressionEvaluator(none).Evaluate(ExpressionParser.Parse("l(x, 1)")));
        Assert.Contains("--panel-id", e.Message, StringComparison.Ordinal);
    }
}
