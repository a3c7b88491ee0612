namespace Caravan.Estimation;

/// <summary>The estimator that produced a <see cref="Results.FitResult"/>.</summary>
public enum ModelKind
{
    Ols,
    Logit,
    Probit,
    Poisson,
    FirthLogit,
    RareEventsLogit,
}
