namespace Caravan.Core.Frames;

/// <summary>Row subsets of a <see cref="Frame"/> (all columns, rows in order).</summary>
public static class FrameRows
{
    /// <summary>The rows where <paramref name="keep"/> is true.</summary>
    public static Frame Where(Frame frame, bool[] keep)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(keep);
        if (keep.Length != frame.RowCount)
        {
            throw new ArgumentException($"The row mask has {keep.Length} rows; the frame {frame.RowCount}.", nameof(keep));
        }

        var rows = new List<int>(keep.Length);
        for (var i = 0; i < keep.Length; i++)
        {
            if (keep[i])
            {
                rows.Add(i);
            }
        }

        return new Frame(frame.Columns.Select(c => c switch
        {
            NumericColumn n => (Column)new NumericColumn(n.Name, rows.Select(r => n.Values[r]).ToArray()),
            TextColumn t => new TextColumn(t.Name, rows.Select(r => t.Values[r]).ToArray()),
            _ => throw new InvalidOperationException($"Column '{c.Name}' has an unsupported type."),
        }));
    }
}
