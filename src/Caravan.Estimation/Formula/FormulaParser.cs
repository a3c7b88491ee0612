using Caravan.Core.Expressions;

namespace Caravan.Estimation.Formula;

/// <summary>
/// Parser for fixest-like formulas:
/// <c>y ~ x1 + log(x2) + x1:x2 + x3*x4 + i(year, ref=1992) + I(x^2) + poly(x, 2) + l(x, 1) | fe1 + fe2^fe3</c>.
/// The formula's own level (<c>~ + - : * |</c>) is parsed here; every factor, argument and <c>I()</c> body is
/// the one expression grammar (<see cref="ExpressionParser"/>), so comparisons, <c>ifelse</c>, <c>pmin</c>,
/// lags and the rest work the same in formulas, <c>fit --where</c> and <c>panel --derive</c>.
/// Errors name the 1-based character position.
/// </summary>
internal sealed class FormulaParser
{
    private readonly ExpressionParser p;

    private FormulaParser(string text) => p = new ExpressionParser(text, "formula");

    public static ParsedFormula Parse(string formula)
    {
        if (string.IsNullOrWhiteSpace(formula))
        {
            throw new EstimationException("The formula is empty; expected e.g. \"y ~ x1 + x2 | fe\".");
        }

        try
        {
            return new FormulaParser(formula).ParseFormula();
        }
        catch (ExpressionException e)
        {
            throw new EstimationException(e.Describe("Formula", formula), e);
        }
    }

    private ParsedFormula ParseFormula()
    {
        var outcome = p.ParseArithmetic();
        p.Expect('~');
        var terms = new List<Term>();
        var intercept = true;
        ParseRhs(terms, ref intercept);
        var fes = new List<FixedEffectTerm>();
        p.SkipSpace();
        if (p.Peek() == '|')
        {
            p.Pos++;
            do
            {
                p.SkipSpace();
                var vars = new List<string> { p.ParseIdentifier() };
                p.SkipSpace();
                while (p.Peek() == '^')
                {
                    p.Pos++;
                    vars.Add(p.ParseIdentifier());
                    p.SkipSpace();
                }

                fes.Add(new FixedEffectTerm(vars));
                p.SkipSpace();
            }
            while (p.TryConsume('+'));
        }

        p.SkipSpace();
        if (!p.AtEnd)
        {
            throw p.Error($"unexpected '{p.Peek()}'");
        }

        // As R: main effects first, then two-way interactions, and so on (stable within an order).
        var ordered = new List<Term>(terms.Count);
        var order = 0;
        foreach (var t in terms)
        {
            order = Math.Max(order, t.Factors.Count);
        }

        for (var o = 0; o <= order; o++)
        {
            foreach (var t in terms)
            {
                if (t.Factors.Count == o)
                {
                    ordered.Add(t);
                }
            }
        }

        return new ParsedFormula(p.Text, outcome, ordered, intercept && fes.Count == 0, fes);
    }

    private void ParseRhs(List<Term> terms, ref bool intercept)
    {
        var sign = 1;
        if (p.TryConsume('-'))
        {
            sign = -1;
        }

        while (true)
        {
            p.SkipSpace();
            var start = p.Pos;
            var group = ParseProduct();
            if (group.Count == 1 && group[0].Factors.Count == 1 && group[0].Factors[0] is NumExpr num)
            {
                if (num.Value == 0)
                {
                    intercept = false;
                }
                else if (num.Value == 1)
                {
                    intercept = sign > 0;
                }
                else
                {
                    p.Pos = start;
                    throw p.Error($"a constant {num} is not a term (use 1 or 0 for the intercept)");
                }
            }
            else if (sign > 0)
            {
                foreach (var t in group)
                {
                    if (!terms.Any(x => x.ToString() == t.ToString()))
                    {
                        terms.Add(t);
                    }
                }
            }
            else
            {
                foreach (var t in group)
                {
                    terms.RemoveAll(x => x.ToString() == t.ToString());
                }
            }

            if (p.TryConsume('+'))
            {
                sign = 1;
            }
            else if (p.TryConsume('-'))
            {
                sign = -1;
            }
            else
            {
                return;
            }
        }
    }

    // a:b*c -> expands '*' into main effects and interactions.
    private List<Term> ParseProduct()
    {
        var result = new List<Term> { new([ParseAtom()]) };
        while (true)
        {
            if (p.TryConsume(':'))
            {
                var f = ParseAtom();
                result = result.Select(t => new Term([.. t.Factors, f])).ToList();
            }
            else if (p.TryConsume('*'))
            {
                var f = ParseAtom();
                var expanded = new List<Term>(result) { new([f]) };
                expanded.AddRange(result.Select(t => new Term([.. t.Factors, f])));
                result = expanded;
            }
            else
            {
                return result;
            }
        }
    }

    // A right-hand-side factor: number, name or call; arithmetic and comparisons only inside I(...) or a call.
    private Expr ParseAtom()
    {
        p.SkipSpace();
        if (p.Peek() == '(')
        {
            throw p.Error("parenthesised groups are not supported on the right-hand side; use I(...) for arithmetic");
        }

        var at = p.Pos;
        var e = p.ParsePrimary();
        if (e is StringExpr or LogicalExpr)
        {
            p.Pos = at;
            throw p.Error($"a constant {e} is not a term");
        }

        return e;
    }
}
