using System.Globalization;
using Caravan.Core.Expressions;
using Caravan.Core.Frames;
using Caravan.Estimation;

namespace Caravan.Cli.Commands;

/// <summary><c>fit --where EXPR</c>: the estimation subset (the frame stays whole, so lags use the full panel).</summary>
internal static class FitWhere
{
    public static FitOptions Apply(string? condition, Frame frame, FitOptions options)
    {
        if (condition is null)
        {
            return options;
        }

        var keys = options.PanelId is { } id ? PanelKeys.Parse(id, options.TimeVar ?? "year") : null;
        var rows = RowFilter.Rows(frame, condition, keys);
        var kept = rows.Count(r => r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"where: {kept:N0} of {frame.RowCount:N0} rows satisfy {condition}"));
        if (kept == 0)
        {
            throw new EstimationException($"--where {condition}: no row satisfies the condition (NA counts as FALSE).");
        }

        return options with { Subset = rows };
    }
}
