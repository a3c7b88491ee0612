using Caravan.Core.Frames;

namespace Caravan.Core.Expressions;

/// <summary>
/// The panel identifier and time columns that lags and leads (<c>l(x, k)</c>, <c>f(x, k)</c>) work within.
/// <see cref="Infer"/> reads them off a Caravan panel's keys: <c>dyad</c>/<c>year</c> when a dyad column is
/// present, else <c>ccode1</c>+<c>ccode2</c>/<c>year</c>, else <c>ccode</c>/<c>year</c> (or the G-W codes).
/// </summary>
public sealed record PanelKeys(IReadOnlyList<string> Id, string Time)
{
    public override string ToString() => $"{string.Join("^", Id)} by {Time}";

    /// <summary>Parses "id" or "id1^id2" (also "id1+id2") and a time column.</summary>
    public static PanelKeys Parse(string id, string time)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(time);
        var parts = id.Split(['^', '+', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || string.IsNullOrWhiteSpace(time))
        {
            throw new ExpressionException(0, $"panel identifier '{id}' / time '{time}': give one or more id columns (a^b) and a time column");
        }

        return new PanelKeys(parts, time.Trim());
    }

    /// <summary>The keys of a Caravan panel, or null when the frame has none of them.</summary>
    public static PanelKeys? Infer(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (!frame.Contains("year"))
        {
            return null;
        }

        if (frame.Contains("dyad"))
        {
            return new PanelKeys(["dyad"], "year");
        }

        foreach (var (a, b) in new[] { ("ccode1", "ccode2"), ("gwcode1", "gwcode2") })
        {
            if (frame.Contains(a) && frame.Contains(b))
            {
                return new PanelKeys([a, b], "year");
            }
        }

        foreach (var one in new[] { "ccode", "gwcode" })
        {
            if (frame.Contains(one))
            {
                return new PanelKeys([one], "year");
            }
        }

        return null;
    }
}
