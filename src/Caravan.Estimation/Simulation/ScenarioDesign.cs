using Caravan.Core.Expressions;
using Caravan.Core.Frames;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// Turns a <see cref="Scenario"/> into a design row of a fitted model: builds a one-row frame with
/// every source variable of the formula (set by the scenario, else mean/median/mode over the
/// estimation sample) and evaluates the model's design columns on it, so that transformations,
/// interactions and factor dummies are applied exactly as when fitting.
/// </summary>
internal static class ScenarioDesign
{
    public static double[] Row(FitResult fit, Scenario scenario, HoldAt others)
    {
        var design = fit.Design ?? throw new EstimationException(
            "Simulation: this fit carries no formula design (it was not fitted from a frame and formula); pass design rows instead.");
        if (others == HoldAt.Observed)
        {
            throw new EstimationException("Simulation: observed values need one design row per observation; use ProfileSimulation.");
        }

        var source = fit.Variance.Source;
        var rows = fit.Variance.SampleRows;
        var variables = Variables(design.ParsedFormula);
        foreach (var name in scenario.Numeric.Keys.Concat(scenario.Text.Keys))
        {
            if (!variables.Contains(name))
            {
                throw new EstimationException(
                    $"Simulation: the scenario sets '{name}', which is not a variable of the model ({string.Join(", ", variables)}).");
            }
        }

        var columns = new List<Column>();
        foreach (var name in variables)
        {
            if (!source.TryGet(name, out var col))
            {
                continue; // e.g. a function name that is not a column; the design evaluation will report it.
            }

            switch (col)
            {
                case NumericColumn num:
                    {
                        if (scenario.Text.ContainsKey(name))
                        {
                            throw new EstimationException($"Simulation: '{name}' is numeric; set it with a number.");
                        }

                        var v = scenario.Numeric.TryGetValue(name, out var set) ? set : Hold(num.Values, rows, others);
                        columns.Add(new NumericColumn(name, [v]));
                        break;
                    }

                case TextColumn txt:
                    {
                        if (scenario.Numeric.ContainsKey(name))
                        {
                            throw new EstimationException($"Simulation: '{name}' is text (a factor); set it to one of its levels.");
                        }

                        var v = scenario.Text.TryGetValue(name, out var set) ? set : Mode(txt.Values, rows);
                        columns.Add(new TextColumn(name, [v]));
                        break;
                    }
            }
        }

        var frame = new Frame(columns);
        var x = new double[fit.TermNames.Count];
        for (var j = 0; j < x.Length; j++)
        {
            var term = fit.TermNames[j];
            var dc = design.Columns.FirstOrDefault(c => c.Name == term);
            if (dc is null)
            {
                x[j] = term == "(Intercept)" ? 1.0 : throw new EstimationException($"Simulation: cannot evaluate term '{term}' for the scenario.");
                continue;
            }

            var value = dc.Evaluate(frame)[0];
            if (!double.IsFinite(value))
            {
                throw new EstimationException($"Simulation: term '{term}' is not finite for the scenario ({scenario}).");
            }

            x[j] = value;
        }

        return x;
    }

    private static double Hold(double[] values, int[] rows, HoldAt at)
    {
        var sample = rows.Select(r => values[r]).Where(v => !double.IsNaN(v)).ToArray();
        if (sample.Length == 0)
        {
            return double.NaN;
        }

        if (at == HoldAt.Mean)
        {
            return sample.Average();
        }

        Array.Sort(sample);
        var mid = sample.Length / 2;
        return sample.Length % 2 == 1 ? sample[mid] : (sample[mid - 1] + sample[mid]) / 2;
    }

    private static string? Mode(string?[] values, int[] rows) =>
        rows.Select(r => values[r]).Where(v => v is not null)
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

    /// <summary>Names of the source variables referenced on the right-hand side (function names excluded).</summary>
    internal static IReadOnlyList<string> Variables(ParsedFormula formula)
    {
        var names = new List<string>();
        foreach (var term in formula.Terms)
        {
            foreach (var f in term.Factors)
            {
                Collect(f, names);
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void Collect(Expr e, List<string> names)
    {
        switch (e)
        {
            case VarExpr v:
                names.Add(v.Name);
                break;
            case NegExpr n:
                Collect(n.Operand, names);
                break;
            case NotExpr n:
                Collect(n.Operand, names);
                break;
            case ParenExpr p:
                Collect(p.Inner, names);
                break;
            case BinaryExpr b:
                Collect(b.Left, names);
                Collect(b.Right, names);
                break;
            case CallExpr c:
                foreach (var a in c.Args.Concat(c.Named.Values))
                {
                    Collect(a, names);
                }

                break;
        }
    }
}
