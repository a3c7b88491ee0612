namespace Caravan.Analysis.Models;

/// <summary>The estimator of a conflict specification.</summary>
public enum FitKind
{
    /// <summary>Logit with dyad-clustered standard errors.</summary>
    Logit,

    /// <summary>Firth's penalised-likelihood logit (rare-events robustness column).</summary>
    Firth,
}
