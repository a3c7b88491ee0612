using System.Globalization;
using System.Runtime.CompilerServices;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// A panel assembled positionally in an in-memory store (a view over the universe and the step tables) read as
/// consecutive row ranges: each slice is the same positional scan restricted to a range of row ids, so the slices in
/// order are the panel's rows in order, and each can be read on its own connection. DuckDB reads a positional scan
/// with one thread; a CSV export written one slice per core and concatenated uses them all (PanelExporter).
/// </summary>
public static class PanelSlices
{
    /// <summary>DuckDB's row-group size: slices start at multiples of it, so every table scan starts at a row group.</summary>
    private const long RowGroup = 122_880;

    private sealed record Assembly(string Universe, IReadOnlyList<string> Select, IReadOnlyList<(string Table, string Alias)> Sides, long Rows);

    private static readonly ConditionalWeakTable<CaravanStore, Dictionary<string, Assembly>> Assembled = [];

    /// <summary>Remembers how <paramref name="table"/> (a view) was assembled.</summary>
    internal static void Register(CaravanStore store, string table, string universe, IReadOnlyList<string> select, IReadOnlyList<(string Table, string Alias)> sides, long rows)
    {
        var map = Assembled.GetOrCreateValue(store);
        lock (map)
        {
            map[table] = new Assembly(universe, select, sides, rows);
        }
    }

    /// <summary>
    /// Up to <paramref name="parts"/> SELECTs that together return <paramref name="panel"/>'s rows in order, reading only
    /// the store's work tables (so any connection to the store can run them); null when the panel is not a positional
    /// view of this store (persistent store, derived columns) or too small to be worth splitting (under two row groups a part).
    /// </summary>
    public static IReadOnlyList<string>? For(CaravanStore store, Panel panel, int parts)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(panel);
        if (!Assembled.TryGetValue(store, out var map))
        {
            return null;
        }

        Assembly? a;
        lock (map)
        {
            if (!map.TryGetValue(panel.Table, out a))
            {
                return null;
            }
        }

        var groups = (a.Rows + RowGroup - 1) / RowGroup;
        var n = (int)Math.Min(parts, groups / 2);
        if (n < 2)
        {
            return null;
        }

        var slices = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var lo = groups * i / n * RowGroup;
            var hi = i == n - 1 ? long.MaxValue : groups * (i + 1) / n * RowGroup;
            string Range(string relation) => string.Create(CultureInfo.InvariantCulture, $"(SELECT * FROM {relation} WHERE rowid >= {lo} AND rowid < {hi})");
            slices.Add($"SELECT {string.Join(", ", a.Select)} FROM {Range(a.Universe)} u {string.Join(" ", a.Sides.Select(s => $"POSITIONAL JOIN {Range(s.Table)} {s.Alias}"))}");
        }

        return slices;
    }
}
