using System.Globalization;

namespace Caravan.Core.Expressions;

/// <summary>
/// The one expression grammar (R's precedence, lowest first):
/// <c>| ||</c>, <c>&amp; &amp;&amp;</c>, <c>!</c>, comparisons <c>== != &lt; &lt;= &gt; &gt;=</c> (not chained),
/// <c>+ -</c>, <c>* /</c>, unary <c>- +</c>, <c>^</c> (right-associative), then numbers, "text", TRUE/FALSE/NA/Inf/NaN,
/// names (or `quoted names`), calls <c>f(a, b, name = value)</c> and parentheses.
/// Nesting is bounded (<see cref="MaxDepth"/>) so hostile input gives an error, not a stack overflow.
/// The formula parser drives the same cursor for its own top level (<c>~ + - : * |</c>).
/// </summary>
public sealed class ExpressionParser
{
    /// <summary>Deepest nesting of parentheses, calls and operators accepted.</summary>
    public const int MaxDepth = 500;

    private readonly string noun;
    private int depth;

    /// <param name="text">The text to parse.</param>
    /// <param name="noun">What the text is called in errors ("formula", "expression").</param>
    public ExpressionParser(string text, string noun = "expression")
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        this.noun = noun;
    }

    public string Text { get; }

    /// <summary>0-based cursor.</summary>
    public int Pos { get; set; }

    public bool AtEnd
    {
        get
        {
            SkipSpace();
            return Pos >= Text.Length;
        }
    }

    /// <summary>Parses a whole text as one expression.</summary>
    public static Expr Parse(string text, string noun = "expression")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExpressionException(0, $"the {noun} is empty");
        }

        var p = new ExpressionParser(text, noun);
        var e = p.ParseExpression();
        if (!p.AtEnd)
        {
            throw p.Error($"unexpected '{text[p.Pos]}'");
        }

        return e;
    }

    /// <summary>Full grammar, starting at the lowest precedence (<c>|</c>).</summary>
    public Expr ParseExpression()
    {
        Enter();
        var chained = 0;
        try
        {
            var left = ParseAnd();
            while (true)
            {
                SkipSpace();
                var at = Pos + 1;
                if (Peek() == '|')
                {
                    Pos += Peek(1) == '|' ? 2 : 1;
                    Chain(ref chained);
                    left = new BinaryExpr("|", left, ParseAnd(), at);
                }
                else
                {
                    return left;
                }
            }
        }
        finally
        {
            depth -= 1 + chained;
        }
    }

    private Expr ParseAnd()
    {
        var chained = 0;
        try
        {
            var left = ParseNot();
            while (true)
            {
                SkipSpace();
                var at = Pos + 1;
                if (Peek() == '&')
                {
                    Pos += Peek(1) == '&' ? 2 : 1;
                    Chain(ref chained);
                    left = new BinaryExpr("&", left, ParseNot(), at);
                }
                else
                {
                    return left;
                }
            }
        }
        finally
        {
            depth -= chained;
        }
    }

    private Expr ParseNot()
    {
        SkipSpace();
        var at = Pos + 1;
        if (Peek() == '!' && Peek(1) != '=')
        {
            Pos++;
            Enter();
            try
            {
                return new NotExpr(ParseNot(), at);
            }
            finally
            {
                depth--;
            }
        }

        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var left = ParseArithmetic();
        SkipSpace();
        var at = Pos + 1;
        var op = ComparisonAt();
        if (op is null)
        {
            return left;
        }

        Pos += op.Length;
        var e = new BinaryExpr(op, left, ParseArithmetic(), at);
        SkipSpace();
        if (ComparisonAt() is { } again)
        {
            throw Error($"comparisons cannot be chained ('{again}' after '{op}'); combine them with & or |");
        }

        return e;
    }

    private string? ComparisonAt() => (Peek(), Peek(1)) switch
    {
        ('=', '=') => "==",
        ('!', '=') => "!=",
        ('<', '=') => "<=",
        ('>', '=') => ">=",
        ('<', _) => "<",
        ('>', _) => ">",
        _ => null,
    };

    /// <summary><c>+ - * / ^</c> and unary minus over primaries: the outcome of a formula.</summary>
    public Expr ParseArithmetic()
    {
        var chained = 0;
        try
        {
            var left = ParseMul();
            while (true)
            {
                SkipSpace();
                var at = Pos + 1;
                if (Peek() is '+' or '-')
                {
                    var op = Text[Pos++].ToString();
                    Chain(ref chained);
                    left = new BinaryExpr(op, left, ParseMul(), at);
                }
                else
                {
                    return left;
                }
            }
        }
        finally
        {
            depth -= chained;
        }
    }

    private Expr ParseMul()
    {
        var chained = 0;
        try
        {
            var left = ParseUnary();
            while (true)
            {
                SkipSpace();
                var at = Pos + 1;
                if (Peek() is '*' or '/')
                {
                    var op = Text[Pos++].ToString();
                    Chain(ref chained);
                    left = new BinaryExpr(op, left, ParseUnary(), at);
                }
                else
                {
                    return left;
                }
            }
        }
        finally
        {
            depth -= chained;
        }
    }

    private Expr ParseUnary()
    {
        SkipSpace();
        var at = Pos + 1;
        if (Peek() is '-' or '+' || (Peek() == '!' && Peek(1) != '='))
        {
            var op = Text[Pos++];
            Enter();
            try
            {
                return op switch
                {
                    '-' => new NegExpr(ParseUnary(), at),
                    '+' => ParseUnary(),
                    _ => new NotExpr(ParseComparison(), at),
                };
            }
            finally
            {
                depth--;
            }
        }

        return ParsePower();
    }

    private Expr ParsePower()
    {
        var b = ParsePrimary();
        SkipSpace();
        var at = Pos + 1;
        if (TryConsume('^'))
        {
            Enter();
            try
            {
                return new BinaryExpr("^", b, ParseUnary(), at);
            }
            finally
            {
                depth--;
            }
        }

        return b;
    }

    /// <summary>A number, text, logical constant, name, call or parenthesised expression.</summary>
    public Expr ParsePrimary()
    {
        SkipSpace();
        var at = Pos + 1;
        var c = Peek();
        if (c == '(')
        {
            Pos++;
            Enter();
            try
            {
                var e = ParseExpression();
                Expect(')');
                return new ParenExpr(e, at);
            }
            finally
            {
                depth--;
            }
        }

        if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))))
        {
            return ParseNumber(at);
        }

        if (c is '"' or '\'')
        {
            return new StringExpr(ParseString(), at);
        }

        var quoted = c == '`';
        var name = ParseIdentifier();
        SkipSpace();
        if (Peek() == '(')
        {
            Pos++;
            return ParseCall(name, at);
        }

        if (!quoted)
        {
            switch (name)
            {
                case "TRUE":
                    return new LogicalExpr(true, at);
                case "FALSE":
                    return new LogicalExpr(false, at);
                case "NA" or "NA_real_" or "NA_integer_":
                    return new LogicalExpr(null, at);
                case "Inf":
                    return new NumExpr(double.PositiveInfinity, at, "Inf");
                case "NaN":
                    return new NumExpr(double.NaN, at, "NaN");
            }
        }

        return new VarExpr(name, at);
    }

    private CallExpr ParseCall(string name, int at)
    {
        Enter();
        try
        {
            var args = new List<Expr>();
            var named = new Dictionary<string, Expr>(StringComparer.Ordinal);
            SkipSpace();
            if (!TryConsume(')'))
            {
                do
                {
                    SkipSpace();
                    var save = Pos;
                    if (IsIdentStart(Peek()))
                    {
                        var id = ParseIdentifier();
                        SkipSpace();
                        if (Peek() == '=' && Peek(1) != '=')
                        {
                            Pos++;
                            if (named.ContainsKey(id))
                            {
                                Pos = save;
                                throw Error($"argument '{id}' given twice");
                            }

                            named[id] = ParseExpression();
                            SkipSpace();
                            continue;
                        }

                        Pos = save;
                    }

                    args.Add(ParseExpression());
                    SkipSpace();
                }
                while (TryConsume(','));
                Expect(')');
            }

            return new CallExpr(name, args, named, at);
        }
        finally
        {
            depth--;
        }
    }

    private NumExpr ParseNumber(int at)
    {
        var start = Pos;
        while (Pos < Text.Length && (char.IsDigit(Text[Pos]) || Text[Pos] == '.'
            || ((Text[Pos] is 'e' or 'E') && Pos + 1 < Text.Length && (char.IsDigit(Text[Pos + 1]) || Text[Pos + 1] is '-' or '+'))
            || ((Text[Pos] is '-' or '+') && Pos > start && Text[Pos - 1] is 'e' or 'E')))
        {
            Pos++;
        }

        var literal = Text[start..Pos];
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            Pos = start;
            throw Error($"bad number '{literal}'");
        }

        // R's integer suffix: 5L.
        if (Peek() == 'L')
        {
            Pos++;
        }

        return new NumExpr(v, at, literal);
    }

    private string ParseString()
    {
        var q = Text[Pos++];
        var start = Pos;
        var sb = new System.Text.StringBuilder();
        while (Pos < Text.Length && Text[Pos] != q)
        {
            if (Text[Pos] == '\\' && Pos + 1 < Text.Length)
            {
                Pos++;
            }

            sb.Append(Text[Pos++]);
        }

        if (Pos >= Text.Length)
        {
            Pos = start - 1;
            throw Error("unterminated string");
        }

        Pos++;
        return sb.ToString();
    }

    /// <summary>A name: letters, digits, '_' and '.', or any text in backticks.</summary>
    public string ParseIdentifier()
    {
        SkipSpace();
        if (Peek() == '`')
        {
            var start = ++Pos;
            while (Pos < Text.Length && Text[Pos] != '`')
            {
                Pos++;
            }

            if (Pos >= Text.Length)
            {
                Pos = start - 1;
                throw Error("unterminated `name`");
            }

            return Text[start..Pos++];
        }

        if (!IsIdentStart(Peek()))
        {
            throw Error(Pos >= Text.Length ? $"unexpected end of {noun}; expected a variable" : $"expected a variable, found '{Text[Pos]}'");
        }

        var s0 = Pos;
        while (Pos < Text.Length && (char.IsLetterOrDigit(Text[Pos]) || Text[Pos] is '_' or '.'))
        {
            Pos++;
        }

        return Text[s0..Pos];
    }

    /// <summary>True when <paramref name="name"/> prints without backticks.</summary>
    public static bool IsSyntacticName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '.') && name.All(ch => char.IsLetterOrDigit(ch) || ch is '_' or '.');

    public static bool IsIdentStart(char c) => char.IsLetter(c) || c is '_' or '.' or '`';

    public void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            throw Error(Pos >= Text.Length ? $"expected '{c}' but the {noun} ended" : $"expected '{c}', found '{Text[Pos]}'");
        }

        Pos++;
    }

    public bool TryConsume(char c)
    {
        SkipSpace();
        if (Peek() == c)
        {
            Pos++;
            return true;
        }

        return false;
    }

    public char Peek(int ahead = 0) => Pos + ahead < Text.Length ? Text[Pos + ahead] : '\0';

    public void SkipSpace()
    {
        while (Pos < Text.Length && char.IsWhiteSpace(Text[Pos]))
        {
            Pos++;
        }
    }

    /// <summary>An error at the cursor.</summary>
    public ExpressionException Error(string what) => new(Pos + 1, what);

    private void Chain(ref int chained)
    {
        Enter();
        chained++;
    }

    private void Enter()
    {
        if (++depth > MaxDepth)
        {
            throw Error($"the {noun} is nested more than {MaxDepth} levels deep; simplify it (or derive intermediate columns with panel --derive)");
        }
    }
}
