using Caravan.Core.Frames;

namespace Caravan.Core.Expressions;

/// <summary>
/// Type-checks and evaluates expressions column-wise over a <see cref="Frame"/>, with R's missing-value rules:
/// NA propagates through arithmetic, comparisons and functions; <c>NA &amp; FALSE</c> is FALSE and
/// <c>NA | TRUE</c> is TRUE; <c>ifelse</c> with an NA condition is NA; <c>is.na</c> is never NA. Lags and
/// leads use the frame's panel keys (given, or inferred from a Caravan panel's key columns).
/// </summary>
public sealed class ExpressionEvaluator
{
    private readonly PanelKeys? keys;
    private PanelIndex? index;

    public ExpressionEvaluator(Frame frame, PanelKeys? panel = null)
    {
        Frame = frame ?? throw new ArgumentNullException(nameof(frame));
        keys = panel;
    }

    public Frame Frame { get; }

    /// <summary>The panel keys lags use (the given ones, else those inferred from the frame; null when none).</summary>
    public PanelKeys? Panel => keys ?? PanelKeys.Infer(Frame);

    /// <summary>The type of <paramref name="e"/> over this frame's columns, without evaluating it; errors name the position.</summary>
    public ValueKind TypeOf(Expr e) => ExpressionTypes.Infer(e, Frame);

    public ExprValues Evaluate(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        TypeOf(e);
        return Eval(e);
    }

    /// <summary>A numeric (or logical, as 1/0) expression's values; NaN is missing.</summary>
    public double[] Numeric(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (TypeOf(e) == ValueKind.Text)
        {
            throw new ExpressionException(e.Position, $"'{e}' is text; a number is needed here");
        }

        return Eval(e).Numbers!;
    }

    /// <summary>A condition's rows: TRUE kept; FALSE and NA dropped (as dplyr::filter and fixest's subset).</summary>
    public bool[] Condition(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var kind = TypeOf(e);
        if (kind != ValueKind.Logical)
        {
            throw new ExpressionException(e.Position, $"'{e}' is {(kind == ValueKind.Text ? "text" : "a number")}, not a condition; write a comparison such as x > 0 or x == 1");
        }

        var v = Eval(e).Numbers!;
        var keep = new bool[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            keep[i] = v[i] == 1;
        }

        return keep;
    }

    /// <summary>Names of all frame columns an expression reads.</summary>
    public static IEnumerable<string> Variables(Expr e) => e switch
    {
        VarExpr v => [v.Name],
        NegExpr n => Variables(n.Operand),
        NotExpr n => Variables(n.Operand),
        ParenExpr p => Variables(p.Inner),
        BinaryExpr b => Variables(b.Left).Concat(Variables(b.Right)),
        CallExpr c => c.Args.Concat(c.Named.Values).SelectMany(Variables),
        _ => [],
    };

    /// <summary>True when the expression contains a lag or lead (and so needs panel keys).</summary>
    public static bool UsesLags(Expr e) => e switch
    {
        CallExpr { Function: "l" or "f" } => true,
        NegExpr n => UsesLags(n.Operand),
        NotExpr n => UsesLags(n.Operand),
        ParenExpr p => UsesLags(p.Inner),
        BinaryExpr b => UsesLags(b.Left) || UsesLags(b.Right),
        CallExpr c => c.Args.Concat(c.Named.Values).Any(UsesLags),
        _ => false,
    };

    private int N => Frame.RowCount;

    private ExprValues Eval(Expr e)
    {
        switch (e)
        {
            case NumExpr num:
                return ExprValues.Numeric(Fill(num.Value));
            case LogicalExpr lg:
                return ExprValues.Logical(Fill(lg.Value switch { true => 1, false => 0, null => double.NaN }));
            case StringExpr s:
                {
                    var a = new string?[N];
                    Array.Fill(a, s.Value);
                    return ExprValues.Text(a);
                }

            case VarExpr v:
                return Frame[v.Name] switch
                {
                    NumericColumn nc => ExprValues.Numeric(nc.Values),
                    TextColumn tc => ExprValues.Text(tc.Values),
                    _ => throw new ExpressionException(v.Position, $"column '{v.Name}' has an unsupported type"),
                };
            case ParenExpr p:
                return Eval(p.Inner);
            case NegExpr neg:
                return ExprValues.Numeric(Map(Eval(neg.Operand).Numbers!, x => -x));
            case NotExpr not:
                return ExprValues.Logical(Map(Eval(not.Operand).Numbers!, x => double.IsNaN(x) ? double.NaN : x == 0 ? 1 : 0));
            case BinaryExpr b:
                return Binary(b);
            case CallExpr c:
                return Call(c);
            default:
                throw new ExpressionException(e.Position, $"cannot evaluate '{e}'");
        }
    }

    private ExprValues Binary(BinaryExpr b)
    {
        var l = Eval(b.Left);
        var r = Eval(b.Right);
        var o = new double[N];
        switch (b.Op)
        {
            case "+" or "-" or "*" or "/" or "^":
                {
                    var (x, y) = (l.Numbers!, r.Numbers!);
                    switch (b.Op)
                    {
                        case "+":
                            for (var i = 0; i < o.Length; i++)
                            {
                                o[i] = x[i] + y[i];
                            }

                            break;
                        case "-":
                            for (var i = 0; i < o.Length; i++)
                            {
                                o[i] = x[i] - y[i];
                            }

                            break;
                        case "*":
                            for (var i = 0; i < o.Length; i++)
                            {
                                o[i] = x[i] * y[i];
                            }

                            break;
                        case "/":
                            for (var i = 0; i < o.Length; i++)
                            {
                                o[i] = x[i] / y[i];
                            }

                            break;
                        default:
                            // Math.Pow follows IEEE as R does: NA^0 = 1 and 1^NA = 1.
                            for (var i = 0; i < o.Length; i++)
                            {
                                o[i] = Math.Pow(x[i], y[i]);
                            }

                            break;
                    }

                    return ExprValues.Numeric(o);
                }

            case "&" or "|":
                {
                    var (x, y) = (l.Numbers!, r.Numbers!);
                    var and = b.Op == "&";
                    for (var i = 0; i < o.Length; i++)
                    {
                        var (p, q) = (Truth(x[i]), Truth(y[i]));
                        o[i] = and
                            ? (p == false || q == false ? 0 : p is null || q is null ? double.NaN : 1)
                            : (p == true || q == true ? 1 : p is null || q is null ? double.NaN : 0);
                    }

                    return ExprValues.Logical(o);
                }

            default:
                if (l.Kind == ValueKind.Text)
                {
                    var (x, y) = (l.Texts!, r.Texts!);
                    for (var i = 0; i < o.Length; i++)
                    {
                        o[i] = x[i] is null || y[i] is null ? double.NaN : Compare(b.Op, string.CompareOrdinal(x[i], y[i])) ? 1 : 0;
                    }
                }
                else
                {
                    var (x, y) = (l.Numbers!, r.Numbers!);
                    for (var i = 0; i < o.Length; i++)
                    {
                        o[i] = double.IsNaN(x[i]) || double.IsNaN(y[i]) ? double.NaN : Compare(b.Op, x[i].CompareTo(y[i])) ? 1 : 0;
                    }
                }

                return ExprValues.Logical(o);
        }
    }

    private static bool Compare(string op, int c) => op switch
    {
        "==" => c == 0,
        "!=" => c != 0,
        "<" => c < 0,
        "<=" => c <= 0,
        ">" => c > 0,
        _ => c >= 0,
    };

    private static bool? Truth(double x) => double.IsNaN(x) ? null : x != 0;

    private ExprValues Call(CallExpr c)
    {
        switch (c.Function)
        {
            case "I":
                return Eval(c.Args[0]);
            case "is.na":
                {
                    var v = Eval(c.Args[0]);
                    var o = new double[N];
                    for (var i = 0; i < o.Length; i++)
                    {
                        o[i] = v.IsMissing(i) ? 1 : 0;
                    }

                    return ExprValues.Logical(o);
                }

            case "ifelse":
                return IfElse(c);
            case "pmin" or "pmax":
                return MinMax(c);
            case "l" or "f":
                return Lag(c);
            case "as.numeric":
                return ExprValues.Numeric(Eval(c.Args[0]).Numbers!);
            case "log" when c.Args.Count + c.Named.Count == 2:
                {
                    var x = Eval(c.Args[0]).Numbers!;
                    var b = Eval(c.Args.Count == 2 ? c.Args[1] : c.Named["base"]).Numbers!;
                    var o = new double[N];
                    for (var i = 0; i < o.Length; i++)
                    {
                        o[i] = Math.Log(x[i]) / Math.Log(b[i]);
                    }

                    return ExprValues.Numeric(o);
                }

            default:
                {
                    var f = ExpressionTypes.MathFunction(c.Function)!;
                    return ExprValues.Numeric(Map(Eval(c.Args[0]).Numbers!, f));
                }
        }
    }

    private ExprValues IfElse(CallExpr c)
    {
        var test = Eval(c.Args[0]).Numbers!;
        var yes = Eval(c.Args[1]);
        var no = Eval(c.Args[2]);
        if (yes.Kind == ValueKind.Text)
        {
            var t = new string?[N];
            for (var i = 0; i < t.Length; i++)
            {
                t[i] = Truth(test[i]) switch { true => yes.Texts![i], false => no.Texts![i], null => null };
            }

            return ExprValues.Text(t);
        }

        var o = new double[N];
        var (a, b) = (yes.Numbers!, no.Numbers!);
        for (var i = 0; i < o.Length; i++)
        {
            o[i] = Truth(test[i]) switch { true => a[i], false => b[i], null => double.NaN };
        }

        return yes.Kind == ValueKind.Logical && no.Kind == ValueKind.Logical ? ExprValues.Logical(o) : ExprValues.Numeric(o);
    }

    private ExprValues MinMax(CallExpr c)
    {
        var max = c.Function == "pmax";
        var naRm = c.Named.TryGetValue("na.rm", out var rm) && rm is LogicalExpr { Value: true };
        var args = c.Args.Select(a => Eval(a).Numbers!).ToArray();
        var o = new double[N];
        for (var i = 0; i < o.Length; i++)
        {
            var acc = double.NaN;
            var any = false;
            foreach (var a in args)
            {
                var x = a[i];
                if (double.IsNaN(x))
                {
                    if (!naRm)
                    {
                        acc = double.NaN;
                        any = true;
                        break;
                    }

                    continue;
                }

                acc = !any || double.IsNaN(acc) ? x : max ? Math.Max(acc, x) : Math.Min(acc, x);
                any = true;
            }

            o[i] = acc;
        }

        return ExprValues.Numeric(o);
    }

    private ExprValues Lag(CallExpr c)
    {
        var k = ExpressionTypes.LagOrder(c);
        if (c.Function == "f")
        {
            k = -k;
        }

        var panel = Panel ?? throw new ExpressionException(c.Position,
            $"{c.Function}() needs the panel's unit and time columns: none of dyad, ccode1+ccode2 or ccode with year is in the data; give them (e.g. --panel-id ccode1^ccode2 --time year)");
        try
        {
            index ??= PanelIndex.Build(Frame, panel);
        }
        catch (ExpressionException e) when (e.Position == 0)
        {
            throw new ExpressionException(c.Position, $"{c.Function}(): {e.What}");
        }

        var src = index.Shift(k);
        var x = Eval(c.Args[0]);
        ExprValues? fill = c.Named.TryGetValue("fill", out var fe) ? Eval(fe) : null;
        if (x.Kind == ValueKind.Text)
        {
            var t = new string?[N];
            for (var i = 0; i < t.Length; i++)
            {
                t[i] = src[i] >= 0 ? x.Texts![src[i]] : fill?.Texts?[i];
            }

            return ExprValues.Text(t);
        }

        var o = new double[N];
        for (var i = 0; i < o.Length; i++)
        {
            o[i] = src[i] >= 0 ? x.Numbers![src[i]] : fill?.Numbers?[i] ?? double.NaN;
        }

        return new ExprValues(x.Kind, o, null);
    }

    private double[] Fill(double v)
    {
        var a = new double[N];
        Array.Fill(a, v);
        return a;
    }

    private static double[] Map(double[] x, Func<double, double> f)
    {
        var o = new double[x.Length];
        for (var i = 0; i < o.Length; i++)
        {
            o[i] = f(x[i]);
        }

        return o;
    }
}
