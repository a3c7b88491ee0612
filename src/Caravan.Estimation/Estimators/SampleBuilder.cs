using Caravan.Core.Expressions;
using Caravan.Core.Frames;
using Caravan.Estimation.FixedEffects;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// Builds the estimation sample: listwise deletion of missing/non-finite values, outcome checks per model,
/// then (iteratively, as fixest) removal of fixed-effect singletons and of fixed-effect groups whose outcome
/// cannot vary (all-zero groups in Poisson; all-0/all-1 groups in binary models).
/// </summary>
internal static class SampleBuilder
{
    public static Sample Build(ModelKind kind, Frame frame, ParsedFormula formula, FitOptions options)
    {
        var n0 = frame.RowCount;
        if (n0 == 0)
        {
            throw new EstimationException("The data has no rows.");
        }

        formula = formula with { Panel = formula.Panel ?? LagKeys(options) };

        // Outcome must be numeric (a comparison such as I(s == "CHN") is a 0/1 outcome).
        if (formula.Outcome is VarExpr ov && ColumnLookup.Find(frame, ov.Name, "outcome") is TextColumn)
        {
            throw new EstimationException($"The outcome '{ov.Name}' is a text column; the outcome must be numeric.");
        }

        if (TermValues.KindOf(formula.Outcome, frame) == ValueKind.Text)
        {
            throw new EstimationException($"The outcome '{formula.Outcome}' is text; the outcome must be numeric.");
        }

        // 1. Missingness as R's model.frame: each model variable (the outcome, every term's expression or the
        //    variable of a factor / polynomial / spline term, fixed effects, weights) evaluated, then listwise
        //    deletion. So is.na(x), ifelse(is.na(x), 0, x) and lags keep rows where x itself is missing.
        var keep = new bool[n0];
        Array.Fill(keep, true);
        // Rows missing per variable (a row missing in two variables counts for both), for the note.
        var missingBy = new List<(string Name, int Count)>();
        var subset = options.Subset;
        if (subset is not null && subset.Count != n0)
        {
            throw new EstimationException($"The subset has {subset.Count} rows; the data {n0}.");
        }

        for (var i = 0; subset is not null && i < n0; i++)
        {
            keep[i] = subset[i];
        }

        MarkMissing(keep, TermValues.Evaluate(formula.Outcome, frame, formula.Panel), formula.Outcome.ToString()!, missingBy, subset);
        foreach (var t in formula.Terms)
        {
            foreach (var f in t.Factors)
            {
                foreach (var (name, expr) in ModelVariables(f))
                {
                    if (name is not null)
                    {
                        MarkMissing(keep, ColumnLookup.Find(frame, name, "variable"), name, missingBy, subset);
                    }
                    else if (TermValues.KindOf(expr!, frame) != ValueKind.Text)
                    {
                        MarkMissing(keep, TermValues.Evaluate(expr!, frame, formula.Panel), NoteName(expr!), missingBy, subset);
                    }
                }
            }
        }

        foreach (var fe in formula.FixedEffects)
        {
            foreach (var v in fe.Variables)
            {
                MarkMissing(keep, ColumnLookup.Find(frame, v, "fixed effect"), v, missingBy, subset);
            }
        }

        if (options.Weights is not null)
        {
            MarkMissing(keep, ColumnLookup.Find(frame, options.Weights, "weights"), options.Weights, missingBy, subset);
        }

        // 2. Design, outcome, weights.
        var columns = DesignBuilder.Build(formula, frame, keep);
        ResourceBudget.CheckDesign(n0, columns.Count, "");
        var design = new ModelDesign(formula, columns);
        var y = TermValues.Evaluate(formula.Outcome, frame, formula.Panel);
        var xs = new double[columns.Count][];
        for (var j = 0; j < xs.Length; j++)
        {
            xs[j] = columns[j].Evaluate(frame);
        }

        double[]? w = null;
        if (options.Weights is not null)
        {
            w = ColumnLookup.Find(frame, options.Weights, "weights") as NumericColumn is { } wc
                ? wc.Values
                : throw new EstimationException($"Weights column '{options.Weights}' must be numeric.");
        }

        if (w is not null)
        {
            CheckWeights(w, keep, options.Weights!);
        }

        var missing = new List<int>();
        var nonPositive = new List<int>();
        var nonFinite = 0;
        var nonFiniteBy = new List<(string Name, int Count)>();
        for (var i = 0; i < n0; i++)
        {
            if (subset is not null && !subset[i])
            {
                keep[i] = false; // outside the subset (--where): not part of the data, not a dropped row
                continue;
            }

            if (!keep[i])
            {
                missing.Add(i);
                continue;
            }

            var ok = double.IsFinite(y[i]);
            if (!ok)
            {
                Count(nonFiniteBy, formula.Outcome.ToString()!);
            }

            for (var j = 0; j < xs.Length; j++)
            {
                if (!double.IsFinite(xs[j][i]))
                {
                    ok = false;
                    Count(nonFiniteBy, columns[j].Name);
                }
            }

            if (!ok)
            {
                keep[i] = false;
                missing.Add(i);
                nonFinite++;
                continue;
            }

            if (w is not null && !(w[i] > 0))
            {
                keep[i] = false;
                nonPositive.Add(i);
            }
        }

        var dropped = new List<DroppedObservations>();
        var notes = new List<string>();
        if (missing.Count > 0)
        {
            dropped.Add(new DroppedObservations(DropReason.Missing, missing.Count, missing,
                MissingNote(missing.Count, missingBy, nonFinite, nonFiniteBy)));
            notes.Add(dropped[^1].Detail);
        }

        if (nonPositive.Count > 0)
        {
            dropped.Add(new DroppedObservations(DropReason.NonPositiveWeight, nonPositive.Count, nonPositive, $"{nonPositive.Count} observations with zero or negative weight removed."));
            notes.Add(dropped[^1].Detail);
        }

        CheckOutcome(kind, y, keep);

        // 3. Fixed effects: codes on all rows, then iterative singleton / separation removal.
        // Each term is encoded independently: in parallel.
        var feRaw = new (int[] Codes, List<string> Labels)[formula.FixedEffects.Count];
        // A bad term's error is rethrown as such (the first term's first), not wrapped in an AggregateException.
        var feErrors = new Exception?[feRaw.Length];
        Parallel.For(0, feRaw.Length, q =>
        {
            try
            {
                feRaw[q] = FixedEffectCoder.Encode(frame, formula.FixedEffects[q]);
            }
            catch (Exception e)
            {
                feErrors[q] = e;
            }
        });
        if (feErrors.FirstOrDefault(e => e is not null) is { } feError)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(feError);
        }
        if (feRaw.Length > 0)
        {
            var rawCodes = new int[feRaw.Length][];
            var rawGroups = new int[feRaw.Length];
            for (var q = 0; q < feRaw.Length; q++)
            {
                rawCodes[q] = feRaw[q].Codes;
                rawGroups[q] = feRaw[q].Labels.Count;
            }

            PruneFixedEffects(kind, y, keep, rawCodes, rawGroups, options, dropped, notes);
        }

        var kept = 0;
        for (var i = 0; i < n0; i++)
        {
            kept += keep[i] ? 1 : 0;
        }

        var rowArr = new int[kept];
        for (int i = 0, r = 0; i < n0; i++)
        {
            if (keep[i])
            {
                rowArr[r++] = i;
            }
        }

        if (rowArr.Length == 0)
        {
            throw new EstimationException("No observations left after removing missing values" + (feRaw.Length > 0 ? ", singletons and fixed-effect groups without outcome variation." : "."));
        }

        // When no row was dropped the columns are used as they are (never mutated): no copies.
        var all = rowArr.Length == n0;
        var ys = all ? y : Gather(y, rowArr);
        var xcols = xs.Select(x => all ? x : Gather(x, rowArr)).ToArray();
        var ws = w is null ? null : all ? w : Gather(w, rowArr);
        var feCodes = new int[feRaw.Length][];
        var feLabels = new string[feRaw.Length][];
        for (var q = 0; q < feRaw.Length; q++)
        {
            // Codes are dense in order of first appearance, so on all rows they are already compact.
            (feCodes[q], feLabels[q]) = all
                ? (feRaw[q].Codes, feRaw[q].Labels.ToArray())
                : FixedEffectCoder.Compact(feRaw[q].Codes, feRaw[q].Labels, rowArr);
        }

        return new Sample(formula, design, rowArr, ys, xcols, columns.Select(c => c.Name).ToArray(), ws, feCodes,
            feLabels.Select(l => l.Length).ToArray(), feLabels, formula.FixedEffects.Select(f => f.Name).ToArray(), dropped, notes);
    }

    private static double[] Gather(double[] v, int[] rows)
    {
        var o = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            o[i] = v[rows[i]];
        }

        return o;
    }

    /// <summary>The lag keys FitOptions give (--panel/--time), or null to infer them from the frame.</summary>
    private static PanelKeys? LagKeys(FitOptions options) =>
        options.PanelId is { } id ? PanelKeys.Parse(id, options.TimeVar ?? "year") : null;

    /// <summary>The model-frame variables of a term factor: a column (name) or an expression to evaluate.</summary>
    private static IEnumerable<(string? Name, Expr? Expr)> ModelVariables(Expr f)
    {
        switch (f)
        {
            case VarExpr v:
                yield return (v.Name, null);
                break;
            case CallExpr { Function: "i" or "factor" or "as.factor" or "C" } c when c.Args.Count > 0 && c.Args[0] is VarExpr fv:
                yield return (fv.Name, null);
                foreach (var m in c.Args.Skip(1))
                {
                    yield return (null, m);
                }

                break;
            case CallExpr { Function: "poly" or "cubic" or "bkt" } c when c.Args.Count > 0:
                yield return (null, c.Args[0]);
                break;
            default:
                yield return (null, f);
                break;
        }
    }

    /// <summary>Drops the rows where <paramref name="v"/> is missing and counts them (within the subset) under <paramref name="name"/>.</summary>
    private static void MarkMissing(bool[] keep, double[] v, string name, List<(string Name, int Count)> by, IReadOnlyList<bool>? subset)
    {
        var own = 0;
        for (var i = 0; i < keep.Length; i++)
        {
            if (double.IsNaN(v[i]))
            {
                keep[i] = false;
                own += subset is null || subset[i] ? 1 : 0;
            }
        }

        Record(by, name, own);
    }

    private static void MarkMissing(bool[] keep, Column col, string name, List<(string Name, int Count)> by, IReadOnlyList<bool>? subset)
    {
        switch (col)
        {
            case NumericColumn nc:
                MarkMissing(keep, nc.Values, name, by, subset);
                break;
            case TextColumn tc:
                MarkMissing(keep, i => tc.Values[i] is null, name, by, subset);
                break;
            default:
                MarkMissing(keep, col.IsMissing, name, by, subset);
                break;
        }
    }

    private static void MarkMissing(bool[] keep, Func<int, bool> isMissing, string name, List<(string Name, int Count)> by, IReadOnlyList<bool>? subset)
    {
        var own = 0;
        for (var i = 0; i < keep.Length; i++)
        {
            if (isMissing(i))
            {
                keep[i] = false;
                own += subset is null || subset[i] ? 1 : 0;
            }
        }

        Record(by, name, own);
    }

    /// <summary>The name a missing-values note gives an expression: the variable it reads when it reads one (log(x) → x), else its label.</summary>
    private static string NoteName(Expr e)
    {
        var vars = ExpressionEvaluator.Variables(e).Distinct(StringComparer.Ordinal).ToList();
        return vars.Count == 1 ? vars[0] : e.ToString()!;
    }

    private static void Record(List<(string Name, int Count)> by, string name, int own)
    {
        if (own > 0 && !by.Exists(b => b.Name == name))
        {
            by.Add((name, own));
        }
    }

    private static void CheckOutcome(ModelKind kind, double[] y, bool[] keep)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var count = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            count++;
            var v = y[i];
            if (kind == ModelKind.Poisson && v < 0)
            {
                throw new EstimationException($"Poisson/PPML needs a non-negative outcome; row {i + 1} has {v}.");
            }

            if (kind is ModelKind.Logit or ModelKind.Probit && v != 0 && v != 1)
            {
                throw new EstimationException($"{kind} needs a 0/1 outcome; row {i + 1} has {v}.");
            }

            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (count == 0)
        {
            throw new EstimationException("No observations left after removing missing values.");
        }

        if (min == max)
        {
            throw new EstimationException(kind == ModelKind.Poisson && max == 0
                ? "The outcome is zero for every observation; Poisson/PPML cannot be estimated."
                : $"The outcome is constant ({min}) in the estimation sample; nothing to explain.");
        }
    }

    private static void PruneFixedEffects(ModelKind kind, double[] y, bool[] keep, int[][] codes, int[] groups, FitOptions options, List<DroppedObservations> dropped, List<string> notes)
    {
        var n = y.Length;
        var singletons = new List<int>();
        var separated = new List<int>();
        var glm = kind != ModelKind.Ols && options.DetectSeparation;
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var q = 0; q < codes.Length; q++)
            {
                var c = codes[q];
                var count = new int[groups[q]];
                var sum = new double[groups[q]];
                for (var i = 0; i < n; i++)
                {
                    if (keep[i])
                    {
                        count[c[i]]++;
                        sum[c[i]] += y[i];
                    }
                }

                // Only walk the rows when some group is a singleton or has no outcome variation.
                var any = false;
                for (var g = 0; g < count.Length && !any; g++)
                {
                    any = count[g] > 0 && ((options.RemoveSingletons && count[g] == 1) || (glm && (sum[g] == 0 || (kind != ModelKind.Poisson && sum[g] == count[g]))));
                }

                for (var i = 0; any && i < n; i++)
                {
                    if (!keep[i])
                    {
                        continue;
                    }

                    var g = c[i];
                    if (options.RemoveSingletons && count[g] == 1)
                    {
                        keep[i] = false;
                        singletons.Add(i);
                        changed = true;
                    }
                    else if (glm && (sum[g] == 0 || (kind != ModelKind.Poisson && sum[g] == count[g])))
                    {
                        keep[i] = false;
                        separated.Add(i);
                        changed = true;
                    }
                }
            }
        }

        if (singletons.Count > 0)
        {
            singletons.Sort();
            dropped.Add(new DroppedObservations(DropReason.Singleton, singletons.Count, singletons, $"{singletons.Count} fixed-effect singletons removed."));
            notes.Add(dropped[^1].Detail);
        }

        if (separated.Count > 0)
        {
            separated.Sort();
            var what = kind == ModelKind.Poisson ? "only zero outcomes" : "an outcome that is all 0 or all 1";
            dropped.Add(new DroppedObservations(DropReason.SeparatedByFixedEffect, separated.Count, separated,
                $"{separated.Count} observations removed because their fixed-effect group has {what} (separated by fixed effects)."));
            notes.Add(dropped[^1].Detail);
        }
    }

    /// <summary>Negative (or infinite) weights are an error naming how many and the first row (1 = first data row); zero weights drop the row.</summary>
    private static void CheckWeights(double[] w, bool[] keep, string name)
    {
        var negative = 0;
        var first = -1;
        for (var i = 0; i < w.Length; i++)
        {
            if (keep[i] && (w[i] < 0 || double.IsInfinity(w[i])))
            {
                negative++;
                first = first < 0 ? i : first;
            }
        }

        if (negative > 0)
        {
            throw new EstimationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Weights column '{name}' has {negative:N0} negative or infinite value(s) of {keep.Count(k => k):N0} (first: data row {first + 1}, {w[first]}); weights must be zero or positive."));
        }
    }

    private static void Count(List<(string Name, int Count)> counts, string name)
    {
        var at = counts.FindIndex(c => c.Name == name);
        if (at < 0)
        {
            counts.Add((name, 1));
        }
        else
        {
            counts[at] = (name, counts[at].Count + 1);
        }
    }

    /// <summary>
    /// "N observations removed because of NA values (gdp: 10, cinc: 3; 2 not finite after transformation: log(trade): 2)":
    /// the variables that were missing with their counts (a row missing in two counts for both), as fixest's
    /// note but by name.
    /// </summary>
    internal static string MissingNote(int total, IReadOnlyList<(string Name, int Count)> missingBy, int nonFinite, IReadOnlyList<(string Name, int Count)> nonFiniteBy)
    {
        var parts = new List<string>();
        if (missingBy.Count > 0)
        {
            parts.Add(string.Join(", ", missingBy.Select(m => $"{m.Name}: {m.Count}")));
        }

        if (nonFinite > 0)
        {
            parts.Add($"{nonFinite} not finite after transformation, e.g. log(0): " + string.Join(", ", nonFiniteBy.Select(m => $"{m.Name}: {m.Count}")));
        }

        return $"{total} observations removed because of NA values ({string.Join("; ", parts)}).";
    }
}
