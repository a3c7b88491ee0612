using Caravan.Core.Panels;

namespace Caravan.Indicators;

/// <summary>One state-year's exposure to Chinese finance.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Commitments">Commitments that year (US$ millions; 0 inside the coverage window when nothing was committed).</param>
/// <param name="Annual">Commitments / GDP that year (fraction).</param>
/// <param name="Cumulative">Commitments summed from the first covered year through this year / GDP this year.</param>
public sealed record FinanceExposureValue(int Year, double Commitments, double Annual, double Cumulative);

/// <summary>
/// Exposure of a recipient state to Chinese development finance or investment, scaled by its GDP:
/// <c>annual_t = C_t / GDP_t</c> and <c>cumulative_t = Σ_{s=first..t} C_s / GDP_t</c>.
/// For AidData's Global Chinese Development Finance 3.0 (commitments 2000–2021, constant 2021 US$; Custer et al. 2023)
/// a covered year without a recorded project is 0, a year outside 2000–2021 is missing (NaN) — never 0.
/// The same formula scales AEI China Global Investment Tracker transactions (≥ US$100m, 2005–2021; Scissors, AEI/Heritage)
/// by sector. Caveat: AidData amounts are constant 2021 US$ and GDP is current US$, so the ratio slightly
/// overstates exposure in early years (deflator drift of ~30% 2000→2021); the report says so.
/// </summary>
public static class FinanceExposure
{
    /// <summary>Computes annual and cumulative exposure for one recipient.</summary>
    /// <param name="commitmentsByYear">Recorded commitments (US$ millions) by year; years absent inside <paramref name="coverage"/> count as 0.</param>
    /// <param name="gdpByYear">GDP (US$ millions) by year.</param>
    /// <param name="coverage">The years the finance source covers.</param>
    /// <param name="years">The years to report.</param>
    public static IReadOnlyList<FinanceExposureValue> Compute(
        IReadOnlyDictionary<int, double> commitmentsByYear,
        IReadOnlyDictionary<int, double> gdpByYear,
        YearRange coverage,
        YearRange years)
    {
        foreach (var (y, v) in commitmentsByYear)
        {
            if (!coverage.Contains(y))
            {
                throw new IndicatorInputException($"Finance exposure: commitment recorded for {y}, outside the source's coverage {coverage}.");
            }

            if (double.IsNaN(v) || v < 0)
            {
                throw new IndicatorInputException($"Finance exposure: commitment for {y} is {v}; expected a non-negative amount.");
            }
        }

        var result = new List<FinanceExposureValue>();
        for (var y = years.First; y <= years.Last; y++)
        {
            if (!coverage.Contains(y))
            {
                result.Add(new FinanceExposureValue(y, double.NaN, double.NaN, double.NaN));
                continue;
            }

            var cumulative = 0.0;
            for (var s = coverage.First; s <= y; s++)
            {
                cumulative += commitmentsByYear.GetValueOrDefault(s, 0.0);
            }

            var c = commitmentsByYear.GetValueOrDefault(y, 0.0);
            var gdp = gdpByYear.TryGetValue(y, out var g) ? g : double.NaN;
            if (gdp <= 0)
            {
                throw new IndicatorInputException($"Finance exposure: GDP for {y} is {gdp}; expected a positive amount.");
            }

            result.Add(new FinanceExposureValue(y, c, c / gdp, cumulative / gdp));
        }

        return result;
    }
}
