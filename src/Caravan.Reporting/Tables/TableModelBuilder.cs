using System.Globalization;
using Caravan.Estimation;
using Caravan.Estimation.Results;

namespace Caravan.Reporting.Tables;

/// <summary>Builds the format-free <see cref="TableModel"/> from fitted models and options.</summary>
internal static class TableModelBuilder
{
    public static TableModel Build(IReadOnlyList<FitResult> models, RegressionTable o)
    {
        if (models.Count == 0)
        {
            throw new ArgumentException("A regression table needs at least one model.", nameof(models));
        }

        if (o.ModelNames is { } names && names.Count != models.Count)
        {
            throw new ArgumentException($"{names.Count} model names for {models.Count} models.", nameof(o));
        }

        if (o.Digits is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.Digits, "Digits must be between 0 and 15.");
        }

        var headers = o.ModelNames ?? models.Select((_, i) => $"({i + 1})").ToArray();
        var tables = models.Select(m => m.Coefficients().ToDictionary(r => r.Term, StringComparer.Ordinal)).ToArray();
        var rows = new List<TableRow>();
        if (o.ShowModelInfo)
        {
            rows.Add(new TableRow("Dependent variable", models.Select(DependentVariable).ToArray(), TableBlock.Info));
            rows.Add(new TableRow("Estimator", models.Select(m => EstimatorName(m.Kind)).ToArray(), TableBlock.Info));
        }

        foreach (var term in TermOrder(models, o))
        {
            var label = o.Rename.TryGetValue(term, out var l) ? l : term;
            rows.Add(new TableRow(label, tables.Select(t => t.TryGetValue(term, out var r) ? Num(r.Estimate, o.Digits) + Stars(r.PValue, o.Stars) : string.Empty).ToArray(), TableBlock.Estimate));
            rows.Add(new TableRow(string.Empty, tables.Select(t => t.TryGetValue(term, out var r) ? $"({Num(r.StdError, o.Digits)})" : string.Empty).ToArray(), TableBlock.StdError));
        }

        if (o.ShowFixedEffects)
        {
            var fes = models.SelectMany(m => m.FixedEffects.Select(f => f.Name)).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var fe in fes)
            {
                rows.Add(new TableRow(fe, models.Select(m => m.FixedEffects.Any(f => f.Name == fe) ? "Yes" : "No").ToArray(), TableBlock.FixedEffect));
            }
        }

        // As etable: the variance row sits between the fixed effects and the fit statistics.
        if (o.ShowVcov)
        {
            rows.Add(new TableRow("Std. errors", models.Select(VcovLabel).ToArray(), TableBlock.Vcov));
        }

        foreach (var stat in o.Statistics)
        {
            var values = models.Select(m => Statistic(m, stat)).ToArray();
            if (values.All(v => double.IsNaN(v)))
            {
                continue;
            }

            var cells = values.Select(v => double.IsNaN(v) ? string.Empty
                : stat == FitStatistic.Observations ? ((long)v).ToString("N0", CultureInfo.InvariantCulture)
                : Num(v, o.Digits)).ToArray();
            rows.Add(new TableRow(StatisticLabel(stat), cells, TableBlock.Statistic));
        }


        var legend = o.Stars.Count == 0 ? null : string.Join(", ",
            o.Stars.OrderByDescending(s => s.Threshold).Select(s => $"{s.Symbol} p < {s.Threshold.ToString("0.###", CultureInfo.InvariantCulture)}"));
        var lines = new List<string>();
        if (legend is not null)
        {
            lines.Add(legend);
        }

        lines.AddRange(o.Notes);
        if (o.Provenance is not null)
        {
            lines.Add(o.Provenance);
        }

        return new TableModel(o.Title, headers, rows, lines) { Legend = legend };
    }

    internal static string Num(double v, int digits) =>
        double.IsNaN(v) ? string.Empty
        : double.IsPositiveInfinity(v) ? "Inf"
        : double.IsNegativeInfinity(v) ? "-Inf"
        : v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    internal static string Stars(double p, IReadOnlyList<StarLevel> levels)
    {
        if (double.IsNaN(p))
        {
            return string.Empty;
        }

        var best = levels.Where(s => p < s.Threshold).OrderBy(s => s.Threshold).FirstOrDefault();
        return best?.Symbol ?? string.Empty;
    }

    private static IEnumerable<string> TermOrder(IReadOnlyList<FitResult> models, RegressionTable o)
    {
        var seen = new List<string>();
        foreach (var m in models)
        {
            foreach (var t in m.TermNames)
            {
                if (!seen.Contains(t, StringComparer.Ordinal))
                {
                    seen.Add(t);
                }
            }
        }

        // The intercept leads (as modelsummary/etable), unless the user orders it explicitly.
        if (seen.Remove("(Intercept)"))
        {
            seen.Insert(0, "(Intercept)");
        }

        var omit = new HashSet<string>(o.Omit, StringComparer.Ordinal);
        var first = o.Order.Where(t => seen.Contains(t, StringComparer.Ordinal));
        var keep = TermPatterns.Compile(o.Keep, "keep");
        var drop = TermPatterns.Compile(o.Drop, "drop");
        return first.Concat(seen.Where(t => !o.Order.Contains(t, StringComparer.Ordinal)))
            .Where(t => !omit.Contains(t))
            .Where(t => keep.Count == 0 || TermPatterns.Matches(keep, t, Label(t, o)))
            .Where(t => drop.Count == 0 || !TermPatterns.Matches(drop, t, Label(t, o)));
    }

    private static string Label(string term, RegressionTable o) => o.Rename.TryGetValue(term, out var l) ? l : term;

    private static double InformationCriterion(FitResult m, double penalty) =>
        double.IsNaN(m.LogLikelihood) ? double.NaN : (-2 * m.LogLikelihood) + (penalty * m.ParameterCount);

    private static string DependentVariable(FitResult m)
    {
        if (m.Design is not null)
        {
            return m.Design.Outcome;
        }

        var tilde = m.Formula.IndexOf('~', StringComparison.Ordinal);
        return tilde > 0 ? m.Formula[..tilde].Trim() : m.Formula;
    }

    private static string VcovLabel(FitResult m)
    {
        var label = m.VcovLabel;
        if (m.Kind == ModelKind.FirthLogit && m.InferenceOverride is not null)
        {
            return label + "; profile-likelihood p";
        }

        return label;
    }

    internal static string EstimatorName(ModelKind kind) => kind switch
    {
        ModelKind.Ols => "OLS",
        ModelKind.Logit => "Logit",
        ModelKind.Probit => "Probit",
        ModelKind.Poisson => "Poisson",
        ModelKind.FirthLogit => "Firth logit",
        ModelKind.RareEventsLogit => "Rare-events logit",
        _ => kind.ToString(),
    };

    private static double Statistic(FitResult m, FitStatistic s) => s switch
    {
        FitStatistic.Observations => m.Nobs,
        FitStatistic.R2 => m.R2,
        FitStatistic.AdjustedR2 => m.AdjustedR2,
        FitStatistic.WithinR2 => m.WithinR2,
        FitStatistic.PseudoR2 => m.PseudoR2,
        FitStatistic.SquaredCorrelation => m.SquaredCorrelation,
        FitStatistic.LogLikelihood => m.LogLikelihood,
        FitStatistic.Rmse => m.Rmse,
        FitStatistic.Aic => InformationCriterion(m, 2),
        FitStatistic.Bic => InformationCriterion(m, Math.Log(m.Nobs)),
        _ => double.NaN,
    };

    private static string StatisticLabel(FitStatistic s) => s switch
    {
        FitStatistic.Observations => "N",
        FitStatistic.R2 => "R2",
        FitStatistic.AdjustedR2 => "Adj. R2",
        FitStatistic.WithinR2 => "Within R2",
        FitStatistic.PseudoR2 => "Pseudo R2",
        FitStatistic.SquaredCorrelation => "Squared corr.",
        FitStatistic.LogLikelihood => "Log-lik.",
        FitStatistic.Rmse => "RMSE",
        FitStatistic.Aic => "AIC",
        FitStatistic.Bic => "BIC",
        _ => s.ToString(),
    };
}
