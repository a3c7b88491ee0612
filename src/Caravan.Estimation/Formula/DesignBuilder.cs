using System.Globalization;
using Caravan.Core.Expressions;
using Caravan.Core.Frames;

namespace Caravan.Estimation.Formula;

/// <summary>
/// Expands the right-hand-side terms into design columns. Constants that depend on the data (factor
/// levels, orthogonal-polynomial coefficients) are learned from the rows in <c>learn</c>.
/// </summary>
internal static class DesignBuilder
{
    public static List<DesignColumn> Build(ParsedFormula formula, Frame frame, bool[] learn)
    {
        var cols = new List<DesignColumn>();
        if (formula.Intercept)
        {
            cols.Add(new DesignColumn("(Intercept)", f =>
            {
                var a = new double[f.RowCount];
                Array.Fill(a, 1.0);
                return a;
            }));
        }

        var names = new HashSet<string>(cols.Select(c => c.Name), StringComparer.Ordinal); // O(1) per column: 90,000 dummies must not take O(k²)
        foreach (var term in formula.Terms)
        {
            List<DesignColumn>? acc = null;
            foreach (var factor in term.Factors)
            {
                var block = Expand(factor, frame, learn, formula.Panel);
                acc = acc is null ? block : Interact(acc, block);
            }

            foreach (var c in acc!)
            {
                if (names.Add(c.Name))
                {
                    cols.Add(c);
                }
            }
        }

        return cols;
    }

    private static List<DesignColumn> Interact(List<DesignColumn> a, List<DesignColumn> b)
    {
        var r = new List<DesignColumn>(a.Count * b.Count);
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var (fx, fy) = (x.Evaluate, y.Evaluate);
                r.Add(new DesignColumn($"{x.Name}:{y.Name}", f =>
                {
                    var u = fx(f);
                    var v = fy(f);
                    var o = new double[u.Length];
                    for (var i = 0; i < o.Length; i++)
                    {
                        o[i] = u[i] * v[i];
                    }

                    return o;
                }));
            }
        }

        return r;
    }

    private static List<DesignColumn> Expand(Expr e, Frame frame, bool[] learn, PanelKeys? keys)
    {
        switch (e)
        {
            case VarExpr v when ColumnLookup.Find(frame, v.Name, $"formula position {v.Position}") is TextColumn:
                return Factor(v.Name, v.Name, frame, learn, reference: null, multiplier: null, fixestNames: false, keys);
            case CallExpr { Function: "i" } c:
                return FactorCall(c, frame, learn, fixestNames: true, keys);
            case CallExpr { Function: "factor" or "as.factor" or "C" } c:
                return FactorCall(c, frame, learn, fixestNames: false, keys);
            case CallExpr { Function: "poly" } c:
                return Poly(c, frame, learn, keys);
            case CallExpr { Function: "cubic" } c:
                return Cubic(c, keys);
            case CallExpr { Function: "bkt" } c:
                return Splines.Bkt(c, keys);
            default:
                {
                    if (TermValues.KindOf(e, frame) == ValueKind.Text)
                    {
                        throw new EstimationException($"Formula position {e.Position}: '{e}' is text; a text expression cannot be a term (use a text column as a factor, or derive one with panel --derive).");
                    }

                    // Validate once now so that errors point at the formula.
                    _ = TermValues.Evaluate(e, frame, keys);
                    return [new DesignColumn(e.ToString(), f => TermValues.Evaluate(e, f, keys))];
                }
        }
    }

    private static List<DesignColumn> FactorCall(CallExpr c, Frame frame, bool[] learn, bool fixestNames, PanelKeys? keys)
    {
        if (c.Args.Count is < 1 or > 2 || c.Args[0] is not VarExpr v)
        {
            throw new EstimationException($"Formula position {c.Position}: {c.Function}() expects a variable name, e.g. {c.Function}(year, ref=1992).");
        }

        c.Named.TryGetValue("ref", out var refExpr);
        var reference = refExpr switch
        {
            null => null,
            NumExpr n => n.Value.ToString("R", CultureInfo.InvariantCulture),
            StringExpr s => s.Value,
            VarExpr s => s.Name,
            LogicalExpr { Value: { } b } => b ? "TRUE" : "FALSE",
            NegExpr { Operand: NumExpr n } => (-n.Value).ToString("R", CultureInfo.InvariantCulture),
            _ => throw new EstimationException($"Formula position {refExpr.Position}: ref= must be a number or a quoted level."),
        };
        Expr? mult = c.Args.Count == 2 ? c.Args[1] : null;
        var label = fixestNames ? v.Name : $"{c.Function}({v.Name})";
        return Factor(v.Name, label, frame, learn, reference, mult, fixestNames, keys);
    }

    /// <summary>Dummies for every level except the reference (first sorted level unless given; none when interacted with a continuous variable and no ref).</summary>
    private static List<DesignColumn> Factor(string variable, string label, Frame frame, bool[] learn, string? reference, Expr? multiplier, bool fixestNames, PanelKeys? keys)
    {
        var col = ColumnLookup.Find(frame, variable, "factor");
        var levels = FactorLevels.Learn(col, learn);
        if (reference is not null && !levels.Contains(reference))
        {
            throw new EstimationException($"Factor '{variable}': reference level '{reference}' does not occur; levels: {string.Join(", ", levels.Take(20))}{(levels.Count > 20 ? ", ..." : string.Empty)}.");
        }

        var keep = multiplier is null && reference is null ? levels.Skip(1).ToList() : levels.Where(l => l != reference).ToList();
        var result = new List<DesignColumn>(keep.Count);
        var index = levels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        foreach (var level in keep)
        {
            var lvl = level;
            var name = fixestNames ? $"{label}::{lvl}" : $"{label}{lvl}";
            if (multiplier is not null)
            {
                name += ":" + multiplier;
            }

            var m = multiplier;
            result.Add(new DesignColumn(name, f =>
            {
                var levelKeys = FactorLevels.Keys(ColumnLookup.Find(f, variable, "factor"));
                var mv = m is null ? null : TermValues.Evaluate(m, f, keys);
                var o = new double[levelKeys.Length];
                for (var i = 0; i < o.Length; i++)
                {
                    var k = levelKeys[i];
                    o[i] = k is null ? double.NaN : (k == lvl ? 1.0 : index.ContainsKey(k) ? 0.0 : double.NaN);
                    if (mv is not null)
                    {
                        o[i] *= mv[i];
                    }
                }

                return o;
            }));
        }

        return result;
    }

    /// <summary>R's orthogonal polynomials (three-term recurrence, as predict(poly) does); raw=TRUE gives plain powers.</summary>
    private static List<DesignColumn> Poly(CallExpr c, Frame frame, bool[] learn, PanelKeys? keys)
    {
        if (c.Args.Count != 2 || c.Args[1] is not NumExpr { Value: >= 1 } deg || deg.Value != Math.Floor(deg.Value))
        {
            throw new EstimationException($"Formula position {c.Position}: poly(x, degree) needs a positive integer degree.");
        }

        var degree = (int)deg.Value;
        var xe = c.Args[0];
        var raw = c.Named.TryGetValue("raw", out var r) && r is LogicalExpr { Value: true } or VarExpr { Name: "T" } or NumExpr { Value: 1 };
        if (raw)
        {
            return Enumerable.Range(1, degree).Select(p => new DesignColumn($"poly({xe}, {degree}, raw = TRUE){p}", f =>
                TermValues.Evaluate(xe, f, keys).Select(x => Math.Pow(x, p)).ToArray())).ToList();
        }

        var xs = TermValues.Evaluate(xe, frame, keys);
        var sample = xs.Where((x, i) => learn[i] && double.IsFinite(x)).ToArray();
        var (alpha, norm2) = OrthoPoly.Coefficients(sample, degree);
        return Enumerable.Range(1, degree).Select(p => new DesignColumn($"poly({xe}, {degree}){p}", f =>
            OrthoPoly.Evaluate(TermValues.Evaluate(xe, f, keys), alpha, norm2, p))).ToList();
    }

    /// <summary>Carter &amp; Signorino (2010): t, t², t³.</summary>
    private static List<DesignColumn> Cubic(CallExpr c, PanelKeys? keys)
    {
        if (c.Args.Count != 1)
        {
            throw new EstimationException($"Formula position {c.Position}: cubic(t) takes one argument (the peace-years counter).");
        }

        var t = c.Args[0];
        return Enumerable.Range(1, 3).Select(p => new DesignColumn(p == 1 ? t.ToString() : $"{t}^{p}", f =>
            TermValues.Evaluate(t, f, keys).Select(x => Math.Pow(x, p)).ToArray())).ToList();
    }
}
