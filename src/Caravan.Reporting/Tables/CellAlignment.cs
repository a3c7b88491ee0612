namespace Caravan.Reporting.Tables;

/// <summary>
/// Aligns model cells in plain-text layouts: the numeric core right-aligned, trailing significance
/// marks left-aligned after it, so that decimals line up down a column.
/// </summary>
internal static class CellAlignment
{
    public static (string Core, string Suffix) Split(string cell, IReadOnlyList<StarLevel> stars)
    {
        if (cell.Length > 2 && cell[0] == '(' && cell[^1] == ')')
        {
            return (cell[..^1], ")");
        }

        return SplitStars(cell, stars);
    }

    /// <summary>Splits only a trailing significance mark off a cell.</summary>
    public static (string Core, string Stars) SplitStars(string cell, IReadOnlyList<StarLevel> stars)
    {
        foreach (var s in stars.OrderByDescending(s => s.Symbol.Length))
        {
            if (s.Symbol.Length > 0 && cell.EndsWith(s.Symbol, StringComparison.Ordinal) && cell.Length > s.Symbol.Length)
            {
                return (cell[..^s.Symbol.Length], s.Symbol);
            }
        }

        return (cell, string.Empty);
    }

    /// <summary>Formats every cell of one column to a common width.</summary>
    public static string[] Column(IReadOnlyList<string> cells, string header, IReadOnlyList<StarLevel> stars)
    {
        var parts = cells.Select(c => Split(c, stars)).ToArray();
        var core = parts.Select(p => p.Core.Length).DefaultIfEmpty(0).Max();
        var suffix = parts.Select(p => p.Suffix.Length).DefaultIfEmpty(0).Max();
        var width = Math.Max(core + suffix, header.Length);
        var pad = width - (core + suffix);
        return parts.Select(p => new string(' ', pad) + p.Core.PadLeft(core) + p.Suffix.PadRight(suffix)).ToArray();
    }
}
