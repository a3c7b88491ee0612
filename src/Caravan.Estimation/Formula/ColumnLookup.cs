using Caravan.Core.Frames;

namespace Caravan.Estimation.Formula;

/// <summary>Looks a column up by name; a miss lists the closest names.</summary>
internal static class ColumnLookup
{
    public static Column Find(Frame frame, string name, string role) =>
        frame.TryGet(name, out var col) ? col : throw new EstimationException(ColumnSuggestions.Missing(frame, name, role));
}
