using Caravan.Core.Frames;

namespace Caravan.Core.Expressions;

/// <summary>
/// Type rules of the grammar (checked before any evaluation, errors name the position): arithmetic and
/// <c>! &amp; |</c> take numbers or logicals (TRUE = 1, as in R); comparisons take two numbers or two texts;
/// <c>ifelse</c>'s branches are both text or both non-text; lags keep their argument's type.
/// </summary>
public static class ExpressionTypes
{
    /// <summary>The functions of the grammar (formula-only terms such as i(), poly(), cubic() are handled by the formula).</summary>
    public static readonly IReadOnlyList<string> Functions =
    [
        "I", "log", "log1p", "log10", "log2", "exp", "expm1", "sqrt", "abs", "floor", "ceiling",
        "is.na", "ifelse", "pmin", "pmax", "l", "f", "as.numeric",
    ];

    private static readonly string[] FormulaTerms = ["i", "factor", "as.factor", "C", "poly", "cubic", "bkt", "sw", "csw", "sw0", "csw0"];

    public static ValueKind Infer(Expr e, Frame frame)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(frame);
        switch (e)
        {
            case NumExpr:
                return ValueKind.Numeric;
            case StringExpr:
                return ValueKind.Text;
            case LogicalExpr:
                return ValueKind.Logical;
            case VarExpr v:
                return frame.TryGet(v.Name, out var col)
                    ? col is TextColumn ? ValueKind.Text : ValueKind.Numeric
                    : throw new ExpressionException(v.Position, ColumnSuggestions.Missing(frame, v.Name, null).TrimEnd('.'));
            case ParenExpr p:
                return Infer(p.Inner, frame);
            case NegExpr n:
                NotText(n.Operand, frame, "'-'");
                return ValueKind.Numeric;
            case NotExpr n:
                NotText(n.Operand, frame, "'!'");
                return ValueKind.Logical;
            case BinaryExpr b:
                return Binary(b, frame);
            case CallExpr c:
                return Call(c, frame);
            default:
                throw new ExpressionException(e.Position, $"cannot type '{e}'");
        }
    }

    private static ValueKind Binary(BinaryExpr b, Frame frame)
    {
        switch (b.Op)
        {
            case "+" or "-" or "*" or "/" or "^":
                NotText(b.Left, frame, $"'{b.Op}'");
                NotText(b.Right, frame, $"'{b.Op}'");
                return ValueKind.Numeric;
            case "&" or "|":
                NotText(b.Left, frame, $"'{b.Op}'");
                NotText(b.Right, frame, $"'{b.Op}'");
                return ValueKind.Logical;
            default:
                {
                    var l = Infer(b.Left, frame) == ValueKind.Text;
                    var r = Infer(b.Right, frame) == ValueKind.Text;
                    if (l != r)
                    {
                        throw new ExpressionException(b.Position, $"'{b}' compares text with a number; compare text with \"quoted text\" and numbers with numbers");
                    }

                    return ValueKind.Logical;
                }
        }
    }

    private static ValueKind Call(CallExpr c, Frame frame)
    {
        var f = c.Function;
        switch (f)
        {
            case "I":
                Arity(c, 1, 1);
                return Infer(c.Args[0], frame);
            case "is.na":
                Arity(c, 1, 1);
                Infer(c.Args[0], frame);
                return ValueKind.Logical;
            case "as.numeric":
                Arity(c, 1, 1);
                NotText(c.Args[0], frame, "as.numeric()");
                return ValueKind.Numeric;
            case "ifelse":
                {
                    Arity(c, 3, 3);
                    NotText(c.Args[0], frame, "ifelse()'s condition");
                    var yes = Infer(c.Args[1], frame);
                    var no = Infer(c.Args[2], frame);
                    if ((yes == ValueKind.Text) != (no == ValueKind.Text))
                    {
                        throw new ExpressionException(c.Position, "ifelse(): one branch is text and the other a number; give both the same type");
                    }

                    return yes == ValueKind.Text ? ValueKind.Text : yes == ValueKind.Logical && no == ValueKind.Logical ? ValueKind.Logical : ValueKind.Numeric;
                }

            case "pmin" or "pmax":
                {
                    if (c.Args.Count < 1 || c.Named.Keys.Any(k => k != "na.rm"))
                    {
                        throw new ExpressionException(c.Position, $"{f}(x, y, ..., na.rm = FALSE) takes one or more numbers");
                    }

                    if (c.Named.TryGetValue("na.rm", out var rm) && rm is not LogicalExpr { Value: not null })
                    {
                        throw new ExpressionException(rm.Position, $"{f}(): na.rm must be TRUE or FALSE");
                    }

                    foreach (var a in c.Args)
                    {
                        NotText(a, frame, $"{f}()");
                    }

                    return ValueKind.Numeric;
                }

            case "l" or "f":
                {
                    if (c.Args.Count is < 1 or > 2 || c.Named.Keys.Any(k => k is not ("k" or "fill")) || (c.Args.Count == 2 && c.Named.ContainsKey("k")))
                    {
                        throw new ExpressionException(c.Position, $"{f}(x, k = 1, fill = NA) takes a variable, an integer number of {(f == "l" ? "lags" : "leads")} and an optional fill value");
                    }

                    LagOrder(c);
                    var kind = Infer(c.Args[0], frame);
                    if (c.Named.TryGetValue("fill", out var fill) && fill is not LogicalExpr { Value: null } && (Infer(fill, frame) == ValueKind.Text) != (kind == ValueKind.Text))
                    {
                        throw new ExpressionException(fill.Position, $"{f}(): fill must have the type of the lagged variable");
                    }

                    return kind;
                }

            case "log" when c.Args.Count + c.Named.Count == 2:
                if (c.Args.Count == 1 && !c.Named.ContainsKey("base"))
                {
                    throw new ExpressionException(c.Position, "log(x, base) takes x and an optional base");
                }

                NotText(c.Args[0], frame, "log()");
                NotText(c.Args.Count == 2 ? c.Args[1] : c.Named["base"], frame, "log()'s base");
                return ValueKind.Numeric;
            default:
                if (MathFunction(f) is not null)
                {
                    Arity(c, 1, 1);
                    NotText(c.Args[0], frame, $"{f}()");
                    return ValueKind.Numeric;
                }

                if (FormulaTerms.Contains(f, StringComparer.Ordinal))
                {
                    throw new ExpressionException(c.Position, $"{f}() is a formula term and cannot be used inside an expression");
                }

                throw new ExpressionException(c.Position, $"unknown function '{f}'. Known: {string.Join(", ", Functions)}");
        }
    }

    /// <summary>The lag order k of l(x, k) / f(x, k): an integer constant, default 1.</summary>
    public static int LagOrder(CallExpr c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var ke = c.Args.Count == 2 ? c.Args[1] : c.Named.GetValueOrDefault("k");
        if (ke is null)
        {
            return 1;
        }

        var value = ke switch
        {
            NumExpr n => n.Value,
            NegExpr { Operand: NumExpr n } => -n.Value,
            _ => double.NaN,
        };
        if (double.IsNaN(value) || value != Math.Floor(value) || Math.Abs(value) > 10_000)
        {
            throw new ExpressionException(ke.Position, $"{c.Function}(): k must be an integer constant (e.g. {c.Function}(x, 2)); several lags at once, as fixest's 1:3, are not supported");
        }

        return (int)value;
    }

    /// <summary>The element-wise math function of that name, or null.</summary>
    public static Func<double, double>? MathFunction(string name) => name switch
    {
        "log" => Math.Log,
        "log1p" => Log1p,
        "log10" => Math.Log10,
        "log2" => Math.Log2,
        "exp" => Math.Exp,
        "expm1" => Expm1,
        "sqrt" => Math.Sqrt,
        "abs" => Math.Abs,
        "floor" => Math.Floor,
        "ceiling" => Math.Ceiling,
        _ => null,
    };

    // log(1 + x) without the cancellation of 1 + x (Goldberg 1991, theorem 4): accurate to a few ulps.
    private static double Log1p(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : double.IsInfinity(u) || u <= 0 ? Math.Log(u) : Math.Log(u) * x / (u - 1);
    }

    // exp(x) − 1 without cancellation (Kahan's trick).
    private static double Expm1(double x)
    {
        var u = Math.Exp(x);
        return u == 1 ? x : u - 1 == -1 ? -1 : double.IsInfinity(u) ? u : (u - 1) * x / Math.Log(u);
    }

    private static void NotText(Expr e, Frame frame, string where)
    {
        if (Infer(e, frame) == ValueKind.Text)
        {
            throw new ExpressionException(e.Position, $"'{e}' is text and cannot be used in {where}; compare it (e.g. {e} == \"CHN\") or use it as a factor");
        }
    }

    private static void Arity(CallExpr c, int min, int max)
    {
        if (c.Args.Count < min || c.Args.Count > max || c.Named.Count != 0)
        {
            throw new ExpressionException(c.Position, $"{c.Function}() takes {(min == max ? $"exactly {min}" : $"{min} to {max}")} argument{(max == 1 ? string.Empty : "s")}");
        }
    }
}
