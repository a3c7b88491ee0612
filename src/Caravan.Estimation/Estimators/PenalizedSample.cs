using Caravan.Core.Frames;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// The estimation sample of a Firth or rare-events logit: dense design columns (with the intercept),
/// the 0/1 outcome, and where the rows came from. Produced from a frame and formula by the shared
/// model-matrix code; the penalised models take no fixed effects (they are estimated as dummies).
/// </summary>
internal sealed record PenalizedSample(
    Frame Source,
    string Formula,
    string OutcomeName,
    string[] Terms,
    double[][] Columns,
    double[] Y,
    int[] SampleRows,
    IReadOnlyList<DroppedObservations> Dropped,
    ModelDesign? Design)
{
    public int Rows => Y.Length;
}
