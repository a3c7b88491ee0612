using Caravan.Core.Frames;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// The design matrix of a fit's estimation sample, re-evaluated through the fitted formula after replacing
/// some source variables (a number for every row, a text level, or a function of the observed values):
/// the building block of observed-value predictions and average marginal effects. Columns are aligned with
/// <see cref="FitResult.TermNames"/> (the intercept is a column of ones).
/// </summary>
internal static class SampleDesign
{
    /// <summary>A replacement of one source variable over the sample.</summary>
    internal abstract record Replacement(string Variable);

    internal sealed record SetNumber(string Variable, double Value) : Replacement(Variable);

    internal sealed record SetText(string Variable, string Value) : Replacement(Variable);

    internal sealed record Shift(string Variable, double By) : Replacement(Variable);

    public static double[][] Columns(FitResult fit, IReadOnlyList<Replacement> replacements)
    {
        var design = fit.Design ?? throw new EstimationException(
            "This fit carries no formula design (it was not fitted from a frame and formula).");
        var rows = fit.Variance.SampleRows;
        var source = fit.Variance.Source;
        var variables = ScenarioDesign.Variables(design.ParsedFormula);
        foreach (var r in replacements)
        {
            if (!variables.Contains(r.Variable))
            {
                throw new EstimationException($"'{r.Variable}' is not a variable of the model ({string.Join(", ", variables)}).");
            }
        }

        var columns = new List<Column>();
        foreach (var name in variables)
        {
            if (!source.TryGet(name, out var col))
            {
                continue;
            }

            var rep = replacements.LastOrDefault(r => r.Variable == name);
            switch (col)
            {
                case NumericColumn num:
                    {
                        var v = new double[rows.Length];
                        for (var i = 0; i < rows.Length; i++)
                        {
                            v[i] = rep switch
                            {
                                SetNumber s => s.Value,
                                Shift s => num.Values[rows[i]] + s.By,
                                SetText => throw new EstimationException($"'{name}' is numeric; set it with a number."),
                                _ => num.Values[rows[i]],
                            };
                        }

                        columns.Add(new NumericColumn(name, v));
                        break;
                    }

                case TextColumn txt:
                    {
                        if (rep is SetNumber or Shift)
                        {
                            throw new EstimationException($"'{name}' is text (a factor); set it to one of its levels.");
                        }

                        var v = new string?[rows.Length];
                        for (var i = 0; i < rows.Length; i++)
                        {
                            v[i] = rep is SetText t ? t.Value : txt.Values[rows[i]];
                        }

                        columns.Add(new TextColumn(name, v));
                        break;
                    }
            }
        }

        var frame = new Frame(columns);
        var x = new double[fit.TermNames.Count][];
        for (var j = 0; j < x.Length; j++)
        {
            var term = fit.TermNames[j];
            var dc = design.Columns.FirstOrDefault(c => c.Name == term);
            if (dc is null)
            {
                x[j] = term == "(Intercept)" ? Enumerable.Repeat(1.0, rows.Length).ToArray()
                    : throw new EstimationException($"Cannot evaluate term '{term}' on the sample.");
                continue;
            }

            x[j] = dc.Evaluate(frame);
        }

        return x;
    }

    /// <summary>The estimation-sample values of a numeric source variable.</summary>
    public static double[] Values(FitResult fit, string variable)
    {
        if (!fit.Variance.Source.TryGet(variable, out var col) || col is not NumericColumn num)
        {
            throw new EstimationException($"'{variable}' is not a numeric column of the data.");
        }

        return [.. fit.Variance.SampleRows.Select(r => num.Values[r])];
    }
}
