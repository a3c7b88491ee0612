namespace Caravan.Analysis.Theories;

/// <summary>A regressor defined as the product of two columns (recomputed whenever a profile changes a factor).</summary>
public sealed record ProductTerm(string Name, string Left, string Right);
