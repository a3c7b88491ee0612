using Caravan.Core.Expressions;

namespace Caravan.Estimation.Formula;

/// <summary>
/// <c>bkt(py)</c>: the Beck–Katz–Tucker (1998) smooth function of peace years as a restricted (natural) cubic
/// spline. Default knots at 1, 4 and 7 years (override: <c>bkt(py, knots = c(1, 5, 9))</c>). Basis (Harrell's
/// parameterisation, as Stata's <c>mkspline, cubic</c> without its scaling): py and, for j = 1..k−2,
/// (py−t_j)₊³ − (py−t_{k−1})₊³·(t_k−t_j)/(t_k−t_{k−1}) + (py−t_k)₊³·(t_{k−1}−t_j)/(t_k−t_{k−1}).
/// This spans the same space as BKT's natural cubic spline with these knots; the individual coefficients
/// depend on the basis, the fitted hazard does not.
/// </summary>
internal static class Splines
{
    public static List<DesignColumn> Bkt(CallExpr c, PanelKeys? keys)
    {
        if (c.Args.Count != 1)
        {
            throw new EstimationException($"Formula position {c.Position}: bkt(py) takes the peace-years counter (and optionally knots = c(...)).");
        }

        double[] knots = [1, 4, 7];
        if (c.Named.TryGetValue("knots", out var k))
        {
            knots = k switch
            {
                CallExpr { Function: "c" } kc when kc.Args.All(a => a is NumExpr) => kc.Args.Cast<NumExpr>().Select(a => a.Value).ToArray(),
                _ => throw new EstimationException($"Formula position {k.Position}: knots must be c(number, number, number, ...)."),
            };
        }

        if (knots.Length < 3 || knots.Zip(knots.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new EstimationException($"Formula position {c.Position}: bkt() needs at least three increasing knots.");
        }

        var t = c.Args[0];
        var cols = new List<DesignColumn> { new(t.ToString(), f => TermValues.Evaluate(t, f, keys)) };
        var m = knots.Length;
        for (var j = 0; j < m - 2; j++)
        {
            var jj = j;
            cols.Add(new DesignColumn($"bkt({t}){j + 1}", f =>
            {
                var x = TermValues.Evaluate(t, f, keys);
                var o = new double[x.Length];
                double tk = knots[m - 1], tk1 = knots[m - 2], tj = knots[jj];
                for (var i = 0; i < o.Length; i++)
                {
                    o[i] = Cube(x[i] - tj) - (Cube(x[i] - tk1) * (tk - tj) / (tk - tk1)) + (Cube(x[i] - tk) * (tk1 - tj) / (tk - tk1));
                }

                return o;
            }));
        }

        return cols;
    }

    private static double Cube(double v) => double.IsNaN(v) ? double.NaN : v > 0 ? v * v * v : 0;
}
