namespace Caravan.Analysis.Scenarios;

/// <summary>
/// A counterfactual: a rule that rewrites a China–Central Asia dyad-year's covariates before the fitted models predict
/// the annual probability of a MID. <paramref name="Apply"/> receives the observed values (by column) and the dyad's
/// observed values in its first year (for "frozen at 1992"), and returns the counterfactual values.
/// </summary>
/// <param name="Key">Short key for files, e.g. "trade_frozen_1992".</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What changes, in plain words.</param>
/// <param name="Apply">The rewrite.</param>
public sealed record Counterfactual(
    string Key,
    string Name,
    string Description,
    Func<IReadOnlyDictionary<string, double>, IReadOnlyDictionary<string, double>, Dictionary<string, double>> Apply);
