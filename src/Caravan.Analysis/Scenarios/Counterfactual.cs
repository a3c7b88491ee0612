namespace Caravan.Analysis.Scenarios;

/// <summary>
/// A counterfactual: a rule that rewrites a China–Central Asia dyad-year's covariates before the fitted models predict
/// the annual probability of a MID. <paramref name="Apply"/> receives the observed values (by column) and the dyad's
/// observed values in its first year (for "frozen at 1992"), and returns the counterfactual values.
/// </summary>
/// <param name="Key">Short key for files, e.g. "trade_frozen_1992".</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What changes, in plain words.</param>
/// <param name="Changes">The model variables the rewrite can change (a theory using none of them is not affected).</param>
/// <param name="Apply">The rewrite.</param>
public sealed record Counterfactual(
    string Key,
    string Name,
    string Description,
    IReadOnlyList<string> Changes,
    Func<IReadOnlyDictionary<string, double>, IReadOnlyDictionary<string, double>, Dictionary<string, double>> Apply)
{
    /// <summary>Whether the counterfactual changes any regressor of <paramref name="theory"/> (Observed affects every theory).</summary>
    public bool Affects(Theories.TheorySpecification theory) =>
        Changes.Count == 0 || theory.Regressors(StudyColumns.Controls).Intersect(Changes).Any();
}
