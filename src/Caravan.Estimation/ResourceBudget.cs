using System.Globalization;

namespace Caravan.Estimation;

/// <summary>
/// The memory a request may use, checked before the work: a design of n rows × k columns, or a simulation of
/// M draws, is estimated first and refused with the numbers and the way out when it would not fit. The budget
/// is 80% of the memory available to the process, or CARAVAN_MEMORY_BUDGET (e.g. "8GB", "500MB", bytes).
/// </summary>
public static class ResourceBudget
{
    public const string EnvironmentVariable = "CARAVAN_MEMORY_BUDGET";

    /// <summary>The budget in bytes.</summary>
    public static long Bytes()
    {
        var setting = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(setting))
        {
            return (long)(0.8 * GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        }

        return Parse(setting) ?? throw new EstimationException(
            $"{EnvironmentVariable}='{setting}' is not a size; write e.g. 8GB, 500MB or a number of bytes (or unset it for 80% of the available memory).");
    }

    internal static long? Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("TB", 1L << 40), ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("T", 1L << 40), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                t = t[..^suffix.Length];
                break;
            }
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v) && v * unit < long.MaxValue
            ? (long)(v * unit)
            : null;
    }

    /// <summary>
    /// Refuses a dense design of <paramref name="rows"/> × <paramref name="columns"/> when its working set — the
    /// regressors, their demeaned copy and the scores (3·n·k doubles) plus the cross-product and its inverse
    /// (3·k² doubles) — exceeds the budget.
    /// </summary>
    public static void CheckDesign(long rows, long columns, string largest)
    {
        var bytes = (8.0 * 3 * rows * columns) + (8.0 * 3 * columns * columns);
        var budget = Bytes();
        if (bytes > budget)
        {
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture,
                $"The model needs about {Size(bytes)} of memory ({rows:N0} rows × {columns:N0} regressor columns{largest}), over the budget of {Size(budget)}. " +
                $"Absorb large factors as fixed effects after '|' (y ~ x | a, or a^b for an interaction) instead of dummies, use fewer levels or rows, or raise {EnvironmentVariable}."));
        }
    }

    /// <summary>Refuses a simulation whose draws (M × (k + quantities) doubles) exceed the budget.</summary>
    public static void CheckDraws(long draws, long perDraw)
    {
        var bytes = 8.0 * draws * perDraw;
        var budget = Bytes();
        if (bytes > budget)
        {
            throw new EstimationException(string.Create(CultureInfo.InvariantCulture,
                $"{draws:N0} simulation draws need about {Size(bytes)} of memory, over the budget of {Size(budget)}. Use fewer draws (1,000 give percentile intervals to about ±0.01 of the level) or raise {EnvironmentVariable}."));
        }
    }

    public static string Size(double bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1L << 30):N1} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1L << 20):N0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N0} KB"),
    };
}
