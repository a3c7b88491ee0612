namespace Caravan.Estimation.Estimators;

/// <summary>Checks of a 0/1 outcome shared by the Firth and rare-events logits.</summary>
internal static class BinaryOutcome
{
    /// <summary>Throws a clear error unless every value is 0 or 1 and both occur.</summary>
    public static void Validate(double[] y, string outcome, string model, IReadOnlyList<int>? sourceRows = null)
    {
        var ones = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] != 0 && y[i] != 1)
            {
                var row = sourceRows is null ? i : sourceRows[i];
                throw new EstimationException(
                    $"{model}: the outcome '{outcome}' must be 0/1, but row {row + 1} has {y[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }

            ones += (int)y[i];
        }

        if (ones == 0 || ones == y.Length)
        {
            throw new EstimationException(
                $"{model}: the outcome '{outcome}' is constant ({(ones == 0 ? "all 0" : "all 1")} in {y.Length} observations); nothing to estimate.");
        }
    }
}
