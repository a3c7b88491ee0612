using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Estimators;

/// <summary>The estimation sample: outcome, regressor columns, weights and fixed-effect codes, compacted.</summary>
internal sealed record Sample(
    ParsedFormula Formula,
    ModelDesign Design,
    int[] Rows,
    double[] Y,
    double[][] X,
    string[] Names,
    double[]? Weights,
    int[][] FeCodes,
    int[] FeGroups,
    string[][] FeLabels,
    string[] FeNames,
    List<DroppedObservations> Dropped,
    List<string> Notes)
{
    public int N => Y.Length;
}
