namespace Caravan.Core.Frames;

/// <summary>The "no such column" message: the closest names (edit distance) and the first columns of the frame.</summary>
public static class ColumnSuggestions
{
    /// <summary>E.g. "No column 'xx' (outcome) in the data. Did you mean: x? Columns: y, x, …".</summary>
    public static string Missing(Frame frame, string name, string? role)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(name);
        var close = frame.Columns.Select(c => c.Name)
            .Select(c => (Name: c, D: Distance(c.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(x => x.D <= Math.Max(2, name.Length / 3) || x.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.D).Take(5).Select(x => x.Name).ToArray();
        var hint = close.Length > 0 ? $" Did you mean: {string.Join(", ", close)}?" : string.Empty;
        var what = role is null ? string.Empty : $" ({role})";
        return $"No column '{name}'{what} in the data.{hint} Columns: {string.Join(", ", frame.Columns.Take(30).Select(c => c.Name))}{(frame.Columns.Count > 30 ? ", ..." : string.Empty)}.";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var tmp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = tmp;
            }
        }

        return d[b.Length];
    }
}
