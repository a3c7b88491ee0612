using System.Globalization;

namespace Caravan.Estimation.Formula;

/// <summary>
/// Recursive-descent parser for fixest-like formulas:
/// <c>y ~ x1 + log(x2) + x1:x2 + x3*x4 + i(year, ref=1992) + I(x^2) + poly(x, 2) | fe1 + fe2^fe3</c>.
/// Errors name the 1-based character position.
/// </summary>
internal sealed class FormulaParser
{
    private readonly string text;
    private int pos;

    private FormulaParser(string text) => this.text = text;

    public static ParsedFormula Parse(string formula)
    {
        if (string.IsNullOrWhiteSpace(formula))
        {
            throw new EstimationException("The formula is empty; expected e.g. \"y ~ x1 + x2 | fe\".");
        }

        return new FormulaParser(formula).ParseFormula();
    }

    private ParsedFormula ParseFormula()
    {
        var outcome = ParseArith();
        Expect('~');
        var terms = new List<Term>();
        var intercept = true;
        ParseRhs(terms, ref intercept);
        var fes = new List<FixedEffectTerm>();
        SkipSpace();
        if (Peek() == '|')
        {
            pos++;
            do
            {
                SkipSpace();
                var vars = new List<string> { ParseIdentifier() };
                SkipSpace();
                while (Peek() == '^')
                {
                    pos++;
                    vars.Add(ParseIdentifier());
                    SkipSpace();
                }

                fes.Add(new FixedEffectTerm(vars));
                SkipSpace();
            }
            while (TryConsume('+'));
        }

        SkipSpace();
        if (pos < text.Length)
        {
            throw Error($"unexpected '{text[pos]}'");
        }

        // As R: main effects first, then two-way interactions, and so on (stable within an order).
        var ordered = terms.Select((t, i) => (t, i)).OrderBy(x => x.t.Factors.Count).ThenBy(x => x.i).Select(x => x.t).ToList();
        return new ParsedFormula(text, outcome, ordered, intercept && fes.Count == 0, fes);
    }

    private void ParseRhs(List<Term> terms, ref bool intercept)
    {
        var sign = 1;
        SkipSpace();
        if (TryConsume('-'))
        {
            sign = -1;
        }

        while (true)
        {
            SkipSpace();
            var start = pos;
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
                    pos = start;
                    throw Error($"a constant {num.Value} is not a term (use 1 or 0 for the intercept)");
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

            SkipSpace();
            if (TryConsume('+'))
            {
                sign = 1;
            }
            else if (TryConsume('-'))
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
            SkipSpace();
            if (TryConsume(':'))
            {
                var f = ParseAtom();
                result = result.Select(t => new Term([.. t.Factors, f])).ToList();
            }
            else if (TryConsume('*'))
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

    // An RHS factor: number, identifier or call; no arithmetic outside I().
    private Expr ParseAtom()
    {
        SkipSpace();
        var c = Peek();
        if (c == '(')
        {
            throw Error("parenthesised groups are not supported on the right-hand side; use I(...) for arithmetic");
        }

        return ParsePrimary();
    }

    private Expr ParseArith()
    {
        var left = ParseMul();
        while (true)
        {
            SkipSpace();
            var at = pos;
            if (Peek() is '+' or '-')
            {
                var op = text[pos++];
                left = new BinaryExpr(op, left, ParseMul(), at + 1);
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseMul()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpace();
            var at = pos;
            if (Peek() is '*' or '/')
            {
                var op = text[pos++];
                left = new BinaryExpr(op, left, ParseUnary(), at + 1);
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseUnary()
    {
        SkipSpace();
        var at = pos;
        if (TryConsume('-'))
        {
            return new NegExpr(ParseUnary(), at + 1);
        }

        if (TryConsume('+'))
        {
            return ParseUnary();
        }

        return ParsePower();
    }

    private Expr ParsePower()
    {
        var b = ParsePrimary();
        SkipSpace();
        var at = pos;
        if (TryConsume('^'))
        {
            return new BinaryExpr('^', b, ParseUnary(), at + 1);
        }

        return b;
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        var at = pos + 1;
        var c = Peek();
        if (c == '(')
        {
            pos++;
            var e = ParseArith();
            Expect(')');
            return e;
        }

        if (char.IsDigit(c) || c == '.' && pos + 1 < text.Length && char.IsDigit(text[pos + 1]))
        {
            var start = pos;
            while (pos < text.Length && (char.IsDigit(text[pos]) || text[pos] == '.'
                || ((text[pos] is 'e' or 'E') && pos + 1 < text.Length && (char.IsDigit(text[pos + 1]) || text[pos + 1] is '-' or '+'))
                || ((text[pos] is '-' or '+') && pos > start && text[pos - 1] is 'e' or 'E')))
            {
                pos++;
            }

            if (!double.TryParse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                pos = start;
                throw Error($"bad number '{text[start..pos]}'");
            }

            return new NumExpr(v, at);
        }

        if (c == '"' || c == '\'')
        {
            throw Error("text constants are only allowed as named arguments (e.g. ref=\"CHN\")");
        }

        var name = ParseIdentifier();
        SkipSpace();
        if (Peek() == '(')
        {
            pos++;
            var args = new List<Expr>();
            var named = new Dictionary<string, Expr>(StringComparer.Ordinal);
            SkipSpace();
            if (!TryConsume(')'))
            {
                do
                {
                    SkipSpace();
                    var save = pos;
                    if (IsIdentStart(Peek()))
                    {
                        var id = ParseIdentifier();
                        SkipSpace();
                        if (Peek() == '=' && (pos + 1 >= text.Length || text[pos + 1] != '='))
                        {
                            pos++;
                            named[id] = ParseArgValue();
                            SkipSpace();
                            continue;
                        }

                        pos = save;
                    }

                    args.Add(ParseArith());
                    SkipSpace();
                }
                while (TryConsume(','));
                Expect(')');
            }

            return new CallExpr(name, args, named, at);
        }

        return new VarExpr(name, at);
    }

    // Named argument values: numbers, identifiers, "strings" (kept as VarExpr with the text), c(...) calls.
    private Expr ParseArgValue()
    {
        SkipSpace();
        var at = pos + 1;
        var q = Peek();
        if (q is '"' or '\'')
        {
            pos++;
            var start = pos;
            while (pos < text.Length && text[pos] != q)
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                pos = start - 1;
                throw Error("unterminated string");
            }

            var s = text[start..pos];
            pos++;
            return new VarExpr(s, at);
        }

        return ParseArith();
    }

    private string ParseIdentifier()
    {
        SkipSpace();
        if (Peek() == '`')
        {
            var start = ++pos;
            while (pos < text.Length && text[pos] != '`')
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                pos = start - 1;
                throw Error("unterminated `name`");
            }

            return text[start..pos++];
        }

        if (!IsIdentStart(Peek()))
        {
            throw Error(pos >= text.Length ? "unexpected end of formula; expected a variable" : $"expected a variable, found '{text[pos]}'");
        }

        var s0 = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '.'))
        {
            pos++;
        }

        return text[s0..pos];
    }

    private static bool IsIdentStart(char c) => char.IsLetter(c) || c is '_' or '.' or '`';

    private void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            throw Error(pos >= text.Length ? $"expected '{c}' but the formula ended" : $"expected '{c}', found '{text[pos]}'");
        }

        pos++;
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (Peek() == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private EstimationException Error(string what) =>
        new($"Formula position {pos + 1}: {what}.\n  {text}\n  {new string(' ', Math.Min(pos, text.Length))}^");
}
