using System.Globalization;

namespace Caravan.Estimation.Vcov;

/// <summary>
/// A Newey–West or Driscoll–Kraay lag longer than the data's time span adds no pairs of periods, only work
/// (a lag in the millions would loop for hours): refused before the loop, with the span and a sensible lag.
/// </summary>
internal static class LagBound
{
    public static void Check(string estimator, int lag, long[] time)
    {
        if (time.Length == 0)
        {
            return;
        }

        var min = time.Min();
        var max = time.Max();
        var span = max - min;
        if (lag > span)
        {
            var suggestion = Math.Max(1, (long)Math.Floor(4 * Math.Pow(Math.Max(2, span + 1) / 100.0, 2.0 / 9.0)));
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture,
                $"{estimator}: lag {lag:N0} exceeds the time span of the data ({span + 1:N0} periods, {min} to {max}), so the lags beyond {span:N0} add nothing. Use a lag of at most {span:N0}, e.g. {suggestion} (Newey–West's rule 4·(T/100)^(2/9))."));
        }
    }
}
