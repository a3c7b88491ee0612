namespace Caravan.Reporting.Tables;

/// <summary>Output format of a regression table.</summary>
public enum TableFormat
{
    Text,
    Markdown,
    Latex,
    Html,

    /// <summary>Word document (.docx, Office Open XML) holding the table.</summary>
    Docx,

    /// <summary>One row per term and model: model, term, estimate, std_error, statistic, p_value, conf_low, conf_high.</summary>
    Csv,
}

/// <summary>A fit statistic shown below the coefficients.</summary>
public enum FitStatistic
{
    Observations,
    R2,
    AdjustedR2,
    WithinR2,
    PseudoR2,
    SquaredCorrelation,
    LogLikelihood,
    Rmse,
    Aic,
    Bic,
}

/// <summary>A significance mark: p &lt; <paramref name="Threshold"/> earns <paramref name="Symbol"/>.</summary>
public sealed record StarLevel(double Threshold, string Symbol);

/// <summary>
/// Options of a regression table (one frozen record; vary with <c>with</c>). Defaults follow
/// modelsummary/etable: SEs in parentheses below the estimates, 3 decimals, stars
/// * p &lt; 0.10, ** p &lt; 0.05, *** p &lt; 0.01 (the strictest matching level wins), fixed-effect rows
/// ("Origin: Yes/No"), N and the applicable fit statistics, and the variance's label.
/// </summary>
public sealed record RegressionTable
{
    public static RegressionTable Default { get; } = new();

    /// <summary>
    /// Terms to show, as regular expressions (fixest etable's <c>keep</c>): a term is kept when it matches at
    /// least one. Matched against the displayed label (after <see cref="Rename"/>); a leading '%' matches the
    /// original name instead. Empty = all terms.
    /// </summary>
    public IReadOnlyList<string> Keep { get; init; } = [];

    /// <summary>Terms to leave out, as regular expressions (etable's <c>drop</c>; same matching as <see cref="Keep"/>); applied after Keep.</summary>
    public IReadOnlyList<string> Drop { get; init; } = [];

    /// <summary>Notes printed below the table, one per line, after the stars legend.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The producing software and commit, printed as the last note (e.g. <c>BuildInfo.Stamp</c>); null = none.</summary>
    public string? Provenance { get; init; }

    /// <summary>HTML: a complete document (doctype, head, style) rather than a table fragment.</summary>
    public bool HtmlDocument { get; init; }

    /// <summary>Column headers; default "(1)", "(2)", ...</summary>
    public IReadOnlyList<string>? ModelNames { get; init; }

    /// <summary>Decimals of estimates, SEs and statistics.</summary>
    public int Digits { get; init; } = 3;

    /// <summary>Significance marks, any order; empty = no stars.</summary>
    public IReadOnlyList<StarLevel> Stars { get; init; } =
        [new(0.10, "*"), new(0.05, "**"), new(0.01, "***")];

    /// <summary>Display names of terms (term → label); unlisted terms keep their names.</summary>
    public IReadOnlyDictionary<string, string> Rename { get; init; } = new Dictionary<string, string>();

    /// <summary>Terms to list first, in this order (by original name); the rest follow in first-seen order.</summary>
    public IReadOnlyList<string> Order { get; init; } = [];

    /// <summary>Terms to leave out (by original name), e.g. "(Intercept)".</summary>
    public IReadOnlyList<string> Omit { get; init; } = [];

    /// <summary>Show the fixed-effect rows.</summary>
    public bool ShowFixedEffects { get; init; } = true;

    /// <summary>Statistics below the coefficients (shown when at least one model has the value).</summary>
    public IReadOnlyList<FitStatistic> Statistics { get; init; } =
        [FitStatistic.Observations, FitStatistic.R2, FitStatistic.WithinR2, FitStatistic.PseudoR2, FitStatistic.LogLikelihood];

    /// <summary>Show the row naming each model's variance ("Std. errors: Clustered (Origin)").</summary>
    public bool ShowVcov { get; init; } = true;

    /// <summary>Show the dependent variable and estimator rows above the coefficients.</summary>
    public bool ShowModelInfo { get; init; } = true;

    /// <summary>Optional caption (title).</summary>
    public string? Title { get; init; }
}
