using Caravan.Core.Frames;

namespace Caravan.Estimation.Formula;

/// <summary>Evaluates a numeric expression column-wise over a frame (NaN for missing; non-finite results stay non-finite).</summary>
internal static class ExpressionEvaluator
{
    public static double[] Evaluate(Expr e, Frame frame)
    {
        switch (e)
        {
            case NumExpr num:
                {
                    var a = new double[frame.RowCount];
                    Array.Fill(a, num.Value);
                    return a;
                }

            case VarExpr v:
                {
                    var col = ColumnLookup.Find(frame, v.Name, $"formula position {v.Position}");
                    return col switch
                    {
                        NumericColumn nc => nc.Values,
                        _ => throw new EstimationException(
                            $"Formula position {v.Position}: '{v.Name}' is a text column and cannot be used in arithmetic; use it as a factor term or a fixed effect."),
                    };
                }

            case NegExpr neg:
                return Map(Evaluate(neg.Operand, frame), x => -x);
            case BinaryExpr b:
                {
                    var l = Evaluate(b.Left, frame);
                    var r = Evaluate(b.Right, frame);
                    var o = new double[l.Length];
                    for (var i = 0; i < o.Length; i++)
                    {
                        o[i] = b.Op switch
                        {
                            '+' => l[i] + r[i],
                            '-' => l[i] - r[i],
                            '*' => l[i] * r[i],
                            '/' => l[i] / r[i],
                            _ => Math.Pow(l[i], r[i]),
                        };
                    }

                    return o;
                }

            case CallExpr c:
                return Call(c, frame);
            default:
                throw new EstimationException($"Formula position {e.Position}: cannot evaluate '{e}'.");
        }
    }

    private static double[] Call(CallExpr c, Frame frame)
    {
        Func<double, double>? f = c.Function switch
        {
            "log" => Math.Log,
            "log1p" => x => Math.Log(1 + x),
            "log10" => Math.Log10,
            "log2" => Math.Log2,
            "exp" => Math.Exp,
            "sqrt" => Math.Sqrt,
            "abs" => Math.Abs,
            "I" => x => x,
            _ => null,
        };
        if (f is null)
        {
            throw new EstimationException(
                $"Formula position {c.Position}: unknown function '{c.Function}'. Known: log, log1p, log10, log2, exp, sqrt, abs, I, poly, i, factor, bkt, cubic.");
        }

        if (c.Args.Count != 1 || c.Named.Count != 0)
        {
            throw new EstimationException($"Formula position {c.Position}: {c.Function}() takes exactly one argument.");
        }

        return Map(Evaluate(c.Args[0], frame), f);
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

    /// <summary>Names of all frame variables an expression reads.</summary>
    public static IEnumerable<string> Variables(Expr e) => e switch
    {
        VarExpr v => [v.Name],
        NegExpr n => Variables(n.Operand),
        BinaryExpr b => Variables(b.Left).Concat(Variables(b.Right)),
        CallExpr c => c.Args.SelectMany(Variables),
        _ => [],
    };
}
